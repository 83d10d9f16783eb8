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
 * Runs each event through `beforeSend`, then the consent gate, then every sink. With
 * consent denied the sinks receive nothing and `beforeSend` is not called. A hook that
 * throws or returns something that is not an event drops that event (it may have been
 * meant to scrub it): reported once, never thrown into the page.
 */
export const createPipeline = (
  sinks: readonly Sink[],
  options: { readonly beforeSend?: BeforeSend; readonly consent: Consent },
  report: (message: string) => void = warn,
): Pipeline => {
  const out = createFanOut(sinks, report);
  let consent = options.consent;
  let held: SinkEvent[] = [];
  let reported = false;

  const refuse = (why: string): void => {
    if (!reported) report(`beforeSend ${why}; the event was dropped.`);
    reported = true;
  };

  return {
    emit(event) {
      if (consent === 'denied') return;
      let sent: SinkEvent | null = event;
      if (options.beforeSend) {
        try {
          sent = options.beforeSend(event);
        } catch (error) {
          return refuse(`threw (${error instanceof Error ? error.message : String(error)})`);
        }
        if (sent === null) return;
        if (typeof sent !== 'object' || typeof sent.name !== 'string')
          return refuse(`returned ${JSON.stringify(sent)}, not an event or null`);
      }
      if (consent === 'pending') {
        if (held.length < HOLD_LIMIT) held.push(sent);
      } else out.emit(sent);
    },
    consent(next) {
      consent = next;
      if (next === 'pending') return;
      const waiting = held;
      held = [];
      if (next === 'granted') for (const event of waiting) out.emit(event);
    },
    flush: () => out.flush(),
    destroy() {
      held = [];
      out.destroy();
    },
  };
};
