import type { SinkObject } from '../events/sink';
import { type PageToolOptions, pageToolSink } from './page-tool';
import { propertiesOf, titleOf } from './tool-names';

/** The part of Segment's analytics.js (or analytics-next's `AnalyticsBrowser`) this sink uses. */
export interface SegmentClient {
  track(event: string, properties?: Record<string, unknown>): unknown;
}

/**
 * Sends each event to Segment as `analytics.track('Form Step Viewed', { form_id, step_id, … })`:
 * Segment's Object-Action names, snake_case properties.
 */
export const segmentSink = (options?: PageToolOptions<SegmentClient>): SinkObject =>
  pageToolSink<SegmentClient>(
    {
      name: 'segment',
      global: 'analytics',
      method: 'track',
      deliver: (analytics, event) => void analytics.track(titleOf(event.name), propertiesOf(event)),
    },
    options,
  );
