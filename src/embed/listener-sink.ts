import type { SinkObject } from '../events/sink';
import type { EventName, YesLadderEvent } from '../events/types';

/** One `on()` registration: an event name (or `'*'`) and what to call. */
export type Listener = { readonly name: EventName | '*'; readonly listener: (event: YesLadderEvent) => void };

/** Keeps `on()` listeners as one sink, so the fan-out isolates them like any other. */
export const listenerSink = (listeners: Set<Listener>): SinkObject<YesLadderEvent> => ({
  name: 'on()',
  send(event) {
    for (const { name, listener } of listeners) {
      if (name === '*' || name === event.name) {
        try {
          listener(event);
        } catch (error) {
          console.warn('yesladder: an on() listener threw:', error);
        }
      }
    }
  },
});
