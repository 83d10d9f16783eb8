import type { SinkObject } from '../events/sink';
import { type PageToolOptions, pageToolSink } from './page-tool';
import { isEventName, propertiesOf } from './tool-names';

/** The part of posthog-js this sink uses. */
export interface PostHogClient {
  capture(event: string, properties?: Record<string, unknown>): unknown;
}

/**
 * Sends each event to PostHog as `posthog.capture('yesladder:step_view', { form_id, step_id, … })`:
 * PostHog's `category:object_action` naming.
 */
export const posthogSink = (options?: PageToolOptions<PostHogClient>): SinkObject =>
  pageToolSink<PostHogClient>(
    {
      name: 'posthog',
      global: 'posthog',
      method: 'capture',
      deliver: (posthog, event) =>
        void posthog.capture(
          isEventName(event.name) ? `yesladder:${event.name}` : event.name,
          propertiesOf(event),
        ),
    },
    options,
  );
