/** How many recent timestamps the clock looks at. Odd, so the median is one of them. */
const RECENT = 101;
/** The median is taken again every this many events: cheap, and the clock moves smoothly enough. */
const EVERY = 16;

/** The stream's own clock: read from the events, never from the machine that reads them. */
export interface StreamClock {
  /** Takes one event's timestamp into account. */
  tick(timestamp: number): void;
  /** The current time of the stream in ms since the epoch; `-Infinity` before any event. */
  now(): number;
}

/**
 * A clock that follows the events' timestamps but not any one device's: it is the median of
 * the last 101 timestamps, and never goes back. Timestamps come from visitors' devices, and one
 * device set a day ahead must not close everyone's sessions (a plain maximum would); a device
 * set behind does not pull it back. On a file sorted by time it trails the newest event by
 * about 50 events, which is nothing next to a 30-minute session window.
 */
export const createStreamClock = (): StreamClock => {
  const recent: number[] = [];
  let next = 0;
  let seen = 0;
  let current = Number.NEGATIVE_INFINITY;

  const settle = (): void => {
    const sorted = [...recent].sort((a, b) => a - b);
    const median = sorted[(sorted.length - 1) >> 1] as number;
    if (median > current) current = median;
  };

  return {
    tick(timestamp) {
      if (recent.length < RECENT) recent.push(timestamp);
      else recent[next] = timestamp;
      next = (next + 1) % RECENT;
      seen += 1;
      // The first events settle at once, so a short file has a clock from its first line.
      if (seen <= RECENT || seen % EVERY === 0) settle();
    },
    now: () => current,
  };
};
