import type { Consent } from '../schema/config';
import { createFanOut } from './fan-out';
import type { Sink } from './sink';
import type { SinkEvent, YesLadderEvent } from './types';

/**
 * Rename, enrich or drop an event on its way to the analytics sinks: return the event
 * (changed or not) or `null` to drop it.
 */
export type BeforeSend = (event: YesLadderEvent) => SinkEvent | null;

/** The analytics side of a form: one hook, one consent gate, then every sink. */
export interface Pipeline {
  emit(event: YesLadderEvent): void;
  /** Changes the consent: `granted` sends what `pending` held, `denied` drops it. */
  consent(next: Consent): void;
  flush(): void;
  destroy(): void;
}

/** While consent is pending, at most this many events wait; a funnel has far fewer. */
const HOLD_LIMIT = 200;

const warn = (message: string): void => console.warn(`yesladder: ${message}`);

/**
 * The consent gate, then `beforeSend`, then every sink. With consent denied the sinks
 * receive nothing and `beforeSend` is not called; while it is pending, events wait
 * unchanged and meet `beforeSend` only once consent is granted, so page code sees an
 * event on its way out only when it may leave. A hook that throws or returns something
 * that is not an event drops that event (it may have been meant to scrub it): reported
 * once, never thrown into the page.
 */
export const createPipeline = (
  sinks: readonly Sink[],
  options: { readonly beforeSend?: BeforeSend; readonly consent: Consent },
  report: (message: string) => void = warn,
): Pipeline => {
  const out = createFanOut(sinks, report);
  let consent = options.consent;
  let held: YesLadderEvent[] = [];
  let reported = false;

  const refuse = (why: string): void => {
    if (!reported) report(`beforeSend ${why}; the event was dropped.`);
    reported = true;
  };

  const send = (event: YesLadderEvent) => {
    let sent: SinkEvent | null = event;
    if (options.beforeSend) {
      try {
        sent = options.beforeSend(event);
      } catch (error) {
        return refuse(`threw (${error instanceof Error ? error.message : String(error)})`);
      }
      if (sent === null) return;
      // Described, not printed: a circular or BigInt value must not throw here.
      if (typeof sent !== 'object' || typeof sent.name !== 'string')
        return refuse(
          `returned ${typeof sent === 'object' ? 'an object without a string name' : typeof sent}, not an event or null`,
        );
    }
    out.emit(sent);
  };

  return {
    emit(event) {
      if (consent === 'granted') send(event);
      else if (consent === 'pending' && held.length < HOLD_LIMIT) held.push(event);
    },
    consent(next) {
      consent = next;
      if (next === 'pending') return;
      const waiting = held;
      held = [];
      if (next === 'granted') for (const event of waiting) send(event);
    },
    flush: () => out.flush(),
    destroy() {
      held = [];
      out.destroy();
    },
  };
};
