import type { SinkObject } from '../events/sink';
import type { YesLadderEvent } from '../events/types';

/** The DOM event name every analytics event is also dispatched as, on the widget's element. */
export const hostEventName = 'yesladder:event';

/**
 * Re-dispatches each (already PII-guarded) event on our element, bubbling out of any
 * shadow root, twice: as `yesladder:event` for every event, and as `yesladder:<name>`
 * (`yesladder:lead_capture`…), so a page without a build step can listen to one kind.
 */
export const hostEventSink = (element: HTMLElement): SinkObject<YesLadderEvent> => ({
  name: 'host-events',
  send(event) {
    for (const type of [hostEventName, `yesladder:${event.name}`]) {
      element.dispatchEvent(new CustomEvent(type, { detail: event, bubbles: true, composed: true }));
    }
  },
});
