import type { Effect, FlowState } from '../flow/types';
import type { ViewAction } from '../render/view-types';
import type { Form } from '../schema/model';
import { botSignals } from '../spam/bot-signals';
import { createSubmitter, type SubmitterOptions } from '../submit/create-submitter';
import { createOutbox, type OutboxStorage } from '../submit/outbox';
import { SubmitError } from '../submit/types';

type SubmitEffect = Extract<Effect, { type: 'submit' }>;

export interface DeliveryOptions {
  readonly onSubmit?: SubmitterOptions['onSubmit'];
  readonly fetch?: typeof fetch;
  /** Where the outbox keeps what is owed. @default memory only */
  readonly storage?: OutboxStorage;
  readonly now: () => number;
  /** The honeypot's value at the moment of sending. */
  readonly trap: () => string;
  /** The flow's state now: who is asking, and whether the final failed. */
  readonly state: () => FlowState;
  /** Tells the flow how a submission ended (`submitted`, `submit_failed`, `retry`). */
  readonly report: (action: ViewAction) => void;
}

/** Carries a form's submissions to the page's `onSubmit` and its `submit.url`, nothing lost. */
export interface Delivery {
  /** When the form started (its `form_view`), for the minimum fill time; `-Infinity` is never too fast. */
  started(at: number): void;
  /** Carries out a `submit` effect: the spam checks, then the submitter; the flow hears how it ended. */
  submit(effect: SubmitEffect): void;
  /** Whether the failed final waits in the outbox, to be sent by itself. */
  saved(): boolean;
  /** The page is going away: everything still owed goes by beacon. */
  leave(): void;
  /** Stops listening for `online` and reporting to the flow. */
  destroy(): void;
}

/**
 * Wires the submitter into a mounted form: what an earlier visit could not deliver goes
 * first, and back online the failed final and the rest of the outbox go again by themselves.
 */
export const createDelivery = (form: Form, win: Window | null, options: DeliveryOptions): Delivery => {
  const { now, state, report } = options;
  const submitter = createSubmitter({
    formId: form.id,
    url: form.submit?.url,
    headers: form.submit?.headers,
    format: form.submit?.format,
    retries: form.submit?.retries,
    timeoutMs: form.submit?.timeout,
    onSubmit: options.onSubmit,
    fetch: options.fetch,
    now,
    outbox: createOutbox(options.storage, now),
  });
  let saved = false;
  let destroyed = false;
  let startedAt = now();
  const tell = (action: ViewAction) => destroyed || report(action);

  const online = () => {
    if (saved && state().status === 'failed') tell({ type: 'retry' });
    submitter.resend();
  };
  win?.addEventListener('online', online);
  submitter.resend();

  return {
    started(at) {
      startedAt = at;
    },
    submit({ submission, stepId, answers }) {
      const bot = botSignals(form.spam, { trap: options.trap(), startedAt, at: now(), submission });
      // `drop`: the bot sees the thanks step; nothing is sent.
      const sent =
        bot.length && form.spam.action === 'drop'
          ? Promise.resolve()
          : submitter.send({
              formId: form.id,
              variant: form.variant,
              sessionId: state().sessionId,
              submission,
              stepId,
              answers,
              ...(bot.length ? { bot } : {}),
            });
      sent.then(
        () => tell({ type: 'submitted', submission }),
        (error: unknown) => {
          if (submission === 'final') saved = error instanceof SubmitError && !!error.saved;
          tell({
            type: 'submit_failed',
            submission,
            reason: error instanceof SubmitError ? error.reason : 'error',
            message: error instanceof SubmitError ? error.userMessage : undefined,
          });
        },
      );
    },
    saved: () => saved,
    leave: () => submitter.leave(),
    destroy() {
      destroyed = true;
      win?.removeEventListener('online', online);
    },
  };
};
