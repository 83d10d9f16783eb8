import type { AnswerMap } from '../schema/model';

/** One submission as the flow asks for it: a lead (partial) or the final answers. */
export interface Submission {
  readonly formId: string;
  readonly variant: string;
  readonly sessionId: string;
  readonly submission: 'lead' | 'final';
  readonly stepId: string;
  readonly answers: AnswerMap;
}

/**
 * Why a submission failed: a short machine reason (`network`, `timeout`, `http_503`,
 * `callback`) and, when the server or callback said something a person can read, its words.
 */
export class SubmitError extends Error {
  readonly reason: string;
  readonly userMessage?: string;

  constructor(reason: string, userMessage?: string) {
    super(userMessage ?? `submission failed: ${reason}`);
    this.name = 'SubmitError';
    this.reason = reason;
    if (userMessage !== undefined) this.userMessage = userMessage;
  }
}
