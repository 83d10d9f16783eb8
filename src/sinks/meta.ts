import type { SinkObject } from '../events/sink';
import { type PageToolOptions, pageToolSink } from './page-tool';
import { type FlatValue, flatPropertiesOf, titleOf } from './tool-names';

/** The Meta Pixel's `window.fbq` function. */
export type MetaPixelClient = (
  command: 'track' | 'trackCustom',
  event: string,
  params?: Record<string, FlatValue>,
) => unknown;

/**
 * Sends a lead to the Meta Pixel as its standard `fbq('track', 'Lead', params)` (what ad
 * campaigns optimise for) and every other event as `fbq('trackCustom', 'FormStepViewed', params)`.
 */
export const metaSink = (options?: PageToolOptions<MetaPixelClient>): SinkObject =>
  pageToolSink<MetaPixelClient>(
    {
      name: 'meta',
      global: 'fbq',
      deliver: (fbq, event) => {
        const params = flatPropertiesOf(event);
        if (event.name === 'lead_capture') fbq('track', 'Lead', { content_name: event.form_id, ...params });
        else fbq('trackCustom', titleOf(event.name).replace(/ /g, ''), params);
      },
    },
    options,
  );
