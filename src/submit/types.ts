import type { AnswerMap } from '../schema/model';

/** One submission as the flow asks for it: a lead (partial) or the final answers. */
export interface Submission {
  readonly formId: string;
  readonly variant: string;
  readonly sessionId: string;
  readonly submission: 'lead' | 'final';
  readonly stepId: string;
  readonly answers: AnswerMap;
  /** Why this looks like a bot (`honeypot`, `too_fast`); absent or empty for a person. */
  readonly bot?: readonly string[];
}

/**
 * Why a submission failed: a short machine reason (`network`, `timeout`, `http_503`,
 * `callback`) and, when the server or callback said something a person can read, its words.
 */
export class SubmitError extends Error {
  readonly reason: string;
  readonly userMessage?: string;
  /** The server's `Retry-After`, in ms, when it sent one. */
  retryAfter?: number;
  /** The submission waits in this device's outbox and will be sent again by itself. */
  saved?: boolean;

  constructor(reason: string, userMessage?: string) {
    super(userMessage ?? `submission failed: ${reason}`);
    this.name = 'SubmitError';
    this.reason = reason;
    if (userMessage !== undefined) this.userMessage = userMessage;
  }
}
