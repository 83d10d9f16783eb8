import type { EventName, YesLadderEvent } from '../events/types';
import type { Consent } from '../schema/config';
import type { ConfigError } from '../schema/config-error';
import type { AnswerMap } from '../schema/model';

/** A mounted form. Every method is safe to call after `destroy()`. */
export interface FormHandle<A = AnswerMap> {
  /** Removes every node and listener the form added, flushing buffered events first. */
  destroy(): void;
  /** Listens to one event name (its payload typed by the name), or `'*'` for all; returns the unsubscribe. */
  on<N extends EventName | '*'>(
    name: N,
    listener: (event: N extends EventName ? YesLadderEvent<A, N> : YesLadderEvent<A>) => void,
  ): () => void;
  /** A copy of the answers so far. */
  answers(): A;
  /** Shows the step with this id (not the thanks step, which follows submission). */
  goTo(stepId: string): void;
  /**
   * Opens a popover or modal form and moves focus to its step heading; the first opening
   * is its `form_view`. Answers are kept from one opening to the next. An inline form is
   * always open. Not counted by the once-a-session limit of automatic triggers.
   */
  open(): void;
  /** Closes a popover or modal form, keeping its answers, and returns focus to its opener. */
  close(): void;
  /**
   * Tells this form what the person decided about analytics: `granted` sends what waited
   * while `pending`; `denied` drops it and sends nothing more. `yesladder('consent', …)`
   * tells every form on the page at once.
   */
  consent(consent: Consent): void;
  /**
   * Settles once the form runs in full, or was refused (then `error` says why); it never
   * rejects. `mount` from the npm package paints the first step at once and loads the rest
   * of the runtime beside it; methods called before then are applied when it is here.
   */
  readonly ready: Promise<void>;
  /** Why nothing was mounted, when the config or target was wrong (a wrong config is known at `ready`). */
  readonly error?: ConfigError | Error;
}

/** The handle of a form that was not mounted: logs why once, and every method does nothing. */
export const inertHandle = <A>(error: ConfigError | Error): FormHandle<A> => {
  console.error(error.message);
  return {
    destroy() {},
    on: () => () => {},
    answers: () => ({}) as A,
    goTo() {},
    open() {},
    close() {},
    consent() {},
    ready: Promise.resolve(),
    error,
  };
};
