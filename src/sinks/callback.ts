import type { SinkObject } from '../events/sink';
import type { SinkEvent } from '../events/types';

/** Calls `fn` with every event; a returned promise is passed on so its rejection is caught. */
export const callbackSink = (fn: (event: SinkEvent) => void): SinkObject => ({
  name: 'callback',
  send: (event) => fn(event),
});
