import type { SinkObject } from '../events/sink';
import { type PageToolOptions, pageToolSink } from './page-tool';
import { type FlatValue, flatPropertiesOf, titleOf } from './tool-names';

/** Plausible's `window.plausible` function. */
export type PlausibleClient = (event: string, options?: { props?: Record<string, FlatValue> }) => unknown;

/**
 * Sends each event to Plausible as a custom event, `plausible('Form Step Viewed', { props })`,
 * with flat props. `session_id` and `timestamp` stay out: Plausible keeps its own, and asks
 * for no identifiers in props. Each name you want to see needs a goal in Plausible.
 */
export const plausibleSink = (options?: PageToolOptions<PlausibleClient>): SinkObject =>
  pageToolSink<PlausibleClient>(
    {
      name: 'plausible',
      global: 'plausible',
      deliver: (plausible, event) => {
        const { session_id: _, timestamp: __, ...props } = flatPropertiesOf(event);
        plausible(titleOf(event.name), { props });
      },
    },
    options,
  );
