import { SubmitError } from './types';

/** The first wait's ceiling; each retry doubles it. */
const BASE_MS = 1000;
/** The longest wait between attempts: a longer `Retry-After` ends the retries (the outbox keeps the submission). */
export const MAX_WAIT_MS = 30_000;

export interface RetryOptions {
  /** Attempts after the first. @default 3 */
  readonly retries?: number;
  /** Waits `ms`, for tests. @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1), for the jitter. @default Math.random */
  readonly random?: () => number;
}

/** A `Retry-After` header in ms: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export const retryAfterMs = (value: string | null, now: number): number | undefined => {
  if (!value) return undefined;
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
};

/** Worth another attempt: the network, a timeout, 408, 429 or a 5xx. Any other 4xx is the server's answer. */
export const isRetryable = (error: unknown): error is SubmitError =>
  error instanceof SubmitError && /^(network|timeout|http_(408|429|5\d\d))$/.test(error.reason);

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it resolves, fails for good, or `retries` more attempts failed.
 * Waits between them with exponential backoff and full jitter, or what `Retry-After` said.
 */
export const withRetries = async (
  attempt: () => Promise<void>,
  options: RetryOptions = {},
): Promise<void> => {
  const { retries = 3, sleep = wait, random = Math.random } = options;
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error) || n >= retries) throw error;
      const delay = error.retryAfter ?? random() * Math.min(MAX_WAIT_MS, BASE_MS * 2 ** n);
      if (delay > MAX_WAIT_MS) throw error;
      await sleep(delay);
    }
  }
};
