import type { SinkObject } from '../events/sink';

/** The DOM event name every analytics event is also dispatched as, on the widget's element. */
export const hostEventName = 'yesladder:event';

/**
 * Re-dispatches each (already PII-guarded) event on our element, bubbling out of the
 * shadow root, so a page without a build step can listen: `document.addEventListener('yesladder:event', …)`.
 */
export const hostEventSink = (element: HTMLElement): SinkObject => ({
  name: 'host-events',
  send(event) {
    element.dispatchEvent(new CustomEvent(hostEventName, { detail: event, bubbles: true, composed: true }));
  },
});
