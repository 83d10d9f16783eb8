import type { SinkObject } from '../events/sink';

export interface ConsoleSinkOptions {
  /** Where to write. @default console.debug, read when each event arrives */
  readonly log?: (...args: unknown[]) => void;
}

/** Logs every event, for debugging a funnel while building it. */
export const consoleSink = (options: ConsoleSinkOptions = {}): SinkObject => ({
  name: 'console',
  send: (event) => {
    const label = `yesladder ${event.name}`;
    if (options.log) options.log(label, event);
    else console.debug(label, event);
  },
});
