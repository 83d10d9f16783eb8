import type { SinkObject } from '../events/sink';
import type { SinkEvent } from '../events/types';
import { flatPropertiesOf, isEventName, propertiesOf } from './tool-names';

export interface DataLayerSinkOptions {
  /** The data layer's global name, when GTM's snippet renamed it. @default 'dataLayer' */
  readonly global?: string;
  /** Also call `gtag('event', …)` when gtag.js is on the page. @default true */
  readonly gtag?: boolean;
  /** Holder of the data layer and gtag. @default globalThis, read when each event arrives */
  readonly target?: Record<string, unknown>;
}

/**
 * GA4's name for an event: its recommended `generate_lead` for a lead, `yesladder_<name>`
 * for the rest, and a name `beforeSend` chose as it is.
 */
export const ga4Name = (name: string): string =>
  name === 'lead_capture' ? 'generate_lead' : isEventName(name) ? `yesladder_${name}` : name;

// GTM merges each push into one model: clear what an earlier event set and this one lacks,
// ours from any form on the page, and any key this sink pushed last time (beforeSend's too).
const ours = [
  'duration_ms',
  'skipped',
  'direction',
  'field',
  'error_code',
  'submission',
  'reason',
  'href',
  'values',
];

/**
 * Pushes `{ event: 'yesladder_step_view', …fields }` onto the GTM/GA4 data layer (creating it
 * if GTM has not yet), and calls `gtag('event', name, flatFields)` when gtag.js is present.
 */
export const dataLayerSink = (options: DataLayerSinkOptions = {}): SinkObject => {
  const key = options.global ?? 'dataLayer';
  let previous = ours;
  return {
    name: 'dataLayer',
    send(event: SinkEvent) {
      const target = options.target ?? (globalThis as unknown as Record<string, unknown>);
      let layer = target[key] as unknown[] | undefined;
      // GTM swaps `push` on the existing array; keep any array-like with a push.
      if (typeof layer?.push !== 'function') {
        layer = [];
        target[key] = layer;
      }
      const name = ga4Name(event.name);
      const properties = propertiesOf(event);
      const push: Record<string, unknown> = { event: name };
      for (const stale of previous) push[stale] = undefined;
      layer.push(Object.assign(push, properties));
      previous = [...ours, ...Object.keys(properties)];
      const gtag = target.gtag;
      if (options.gtag !== false && typeof gtag === 'function') gtag('event', name, flatPropertiesOf(event));
    },
  };
};
