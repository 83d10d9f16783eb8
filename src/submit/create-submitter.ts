import type { AnswerMap } from '../schema/model';
import { postJson } from './http';
import { type Submission, SubmitError } from './types';

/** What `onSubmit` learns besides the answers. */
export interface SubmitMeta {
  readonly submission: 'lead' | 'final';
  readonly formId: string;
  readonly variant: string;
  readonly sessionId: string;
  readonly stepId: string;
}

export interface SubmitterOptions {
  /** Endpoint that receives each submission as a JSON `POST`. @default no HTTP submission */
  readonly url?: string;
  /** Extra request headers for `url`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Called with each submission; a returned promise is awaited, a throw or rejection fails it. */
  readonly onSubmit?: (answers: AnswerMap, meta: SubmitMeta) => unknown;
  /** @default globalThis.fetch, read at call time */
  readonly fetch?: typeof fetch;
  /** @default 15000 */
  readonly timeoutMs?: number;
}

/**
 * Makes the function that delivers a submission: `onSubmit` first, then the POST to
 * `url`; both must succeed. Rejects only with a `SubmitError`. With neither, resolves.
 */
export const createSubmitter =
  (options: SubmitterOptions) =>
  async (submission: Submission): Promise<void> => {
    const { formId, variant, sessionId, stepId, answers } = submission;
    if (options.onSubmit) {
      try {
        await options.onSubmit(answers, {
          submission: submission.submission,
          formId,
          variant,
          sessionId,
          stepId,
        });
      } catch (error) {
        throw error instanceof SubmitError ? error : new SubmitError('callback');
      }
    }
    if (options.url) {
      const body = {
        form_id: formId,
        variant,
        session_id: sessionId,
        submission: submission.submission,
        step_id: stepId,
        answers,
        submitted_at: new Date().toISOString(),
      };
      await postJson(options.url, body, options);
    }
  };
