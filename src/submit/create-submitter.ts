import type { AnswerMap } from '../schema/model';
import { type AttemptOptions, postOnce } from './http';
import { createOutbox, type Outbox, type OutboxEntry } from './outbox';
import { isRetryable, type RetryOptions, withRetries } from './retry';
import { type Submission, SubmitError } from './types';
import { formFields, type SubmitFormat, wireBody } from './wire-body';

/** What `onSubmit` learns besides the answers. */
export interface SubmitMeta {
  readonly submission: 'lead' | 'final';
  readonly formId: string;
  readonly variant: string;
  readonly sessionId: string;
  readonly stepId: string;
  /** Set when the form's spam checks flagged this submission (see `spam`). */
  readonly suspectedBot?: true;
  /** Why: `honeypot`, `too_fast`. */
  readonly botSignals?: readonly string[];
}

export interface SubmitterOptions extends Omit<AttemptOptions, 'format'>, RetryOptions {
  /** The form whose outbox entries `resend` and `leave` send. */
  readonly formId?: string;
  /** Endpoint that receives each submission as a `POST`. @default no HTTP submission */
  readonly url?: string;
  /** @default 'json' */
  readonly format?: SubmitFormat;
  /** Called with each submission; a returned promise is awaited, a throw or rejection fails it. */
  readonly onSubmit?: (answers: AnswerMap, meta: SubmitMeta) => unknown;
  /** Where submissions wait until they arrive. @default memory only */
  readonly outbox?: Outbox;
  /** A new idempotency key. @default crypto.randomUUID */
  readonly newKey?: () => string;
  /** Sends a body as the page closes; false when refused. @default navigator.sendBeacon */
  readonly beacon?: (url: string, body: string | URLSearchParams) => boolean;
}

export interface Submitter {
  /**
   * Delivers a submission: `onSubmit` first, then `url` (written ahead to the outbox,
   * retried, removed once it arrived or was refused). Rejects only with a `SubmitError`,
   * whose `saved` says it still waits in the outbox.
   */
  send(submission: Submission): Promise<void>;
  /** Sends again, oldest first, what this form's outbox holds for `url` (on load, when `online`). */
  resend(): Promise<void>;
  /** The page is closing: every entry still owed goes by beacon (`keepalive` fetch if refused). */
  leave(): void;
}

const randomKey = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const sendBeacon = (url: string, body: string | URLSearchParams): boolean =>
  globalThis.navigator?.sendBeacon?.(url, body) ?? false;

/**
 * Makes what delivers a form's submissions. Each kind (lead, final) gets one idempotency
 * key per mount, kept by every attempt, "Try again" and later resend of it; a lead sent again
 * with other answers (the person went back and changed their email) is a new lead, with a key
 * of its own.
 */
export const createSubmitter = (options: SubmitterOptions): Submitter => {
  const { url, formId, onSubmit, now = Date.now, newKey = randomKey, beacon = sendBeacon } = options;
  const outbox = options.outbox ?? createOutbox(undefined, now);
  const keys: Partial<Record<Submission['submission'], { key: string; answers: string }>> = {};
  // Entries on their way from this page, which a resend must not send twice.
  const sending = new Set<string>();
  const owed = () => (url ? outbox.list().filter((e) => e.url === url && e.body.form_id === formId) : []);

  const deliver = (entry: OutboxEntry) =>
    withRetries(() => postOnce(entry.url, entry.body, { ...options, format: entry.format }), options);

  return {
    async send(submission) {
      const answers = JSON.stringify(submission.answers);
      const kept = keys[submission.submission];
      const key = url
        ? kept && (submission.submission === 'final' || kept.answers === answers)
          ? kept.key
          : newKey()
        : '';
      keys[submission.submission] = { key, answers };
      const entry: OutboxEntry | undefined = url
        ? { key, url, format: options.format ?? 'json', body: wireBody(submission, key, now()), at: now() }
        : undefined;
      // Written before anything is tried, so a page that dies mid-request loses nothing.
      const saved = !!entry && outbox.put(entry);
      sending.add(key);
      try {
        if (onSubmit) {
          const { formId, variant, sessionId, stepId } = submission;
          try {
            await onSubmit(submission.answers, {
              submission: submission.submission,
              formId,
              variant,
              sessionId,
              stepId,
              ...(submission.bot?.length ? { suspectedBot: true, botSignals: submission.bot } : {}),
            });
          } catch (error) {
            throw error instanceof SubmitError ? error : new SubmitError('callback');
          }
        }
        if (!entry) return;
        await deliver(entry);
        outbox.remove(key);
      } catch (error) {
        if (entry && isRetryable(error)) error.saved = saved;
        else if (entry) outbox.remove(key);
        throw error;
      } finally {
        sending.delete(key);
      }
    },

    async resend() {
      const tried = new Set<string>();
      for (;;) {
        // Read afresh each time: what a send delivered meanwhile is gone.
        const entry = owed().find((e) => !sending.has(e.key) && !tried.has(e.key));
        if (!entry) return;
        tried.add(entry.key);
        sending.add(entry.key);
        try {
          await deliver(entry);
          outbox.remove(entry.key);
        } catch (error) {
          if (!isRetryable(error)) outbox.remove(entry.key);
          // Still unreachable: the rest waits for the next chance.
          else return;
        } finally {
          sending.delete(entry.key);
        }
      }
    },

    leave() {
      for (const { url, format, body } of owed()) {
        // text/plain (or a form) is a simple request: no CORS preflight, which a closing page cannot wait for.
        const data = format === 'form' ? formFields(body) : JSON.stringify(body);
        let sent = false;
        try {
          sent = beacon(url, data);
        } catch {}
        // Refused (the 64 KiB keepalive budget is the page's too): it stays in the outbox either way.
        if (!sent)
          try {
            (options.fetch ?? fetch)(url, { method: 'POST', body: data, keepalive: true }).catch(() => {});
          } catch {}
      }
    },
  };
};
