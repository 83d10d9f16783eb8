import { retryAfterMs } from './retry';
import { SubmitError } from './types';
import { encodeBody, type SubmitFormat, type WireBody } from './wire-body';

export interface AttemptOptions {
  /** @default 'json' */
  readonly format?: SubmitFormat;
  /** Extra request headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** @default globalThis.fetch, read at call time */
  readonly fetch?: typeof fetch;
  /** Give up on this attempt after this many ms. @default 15000 */
  readonly timeoutMs?: number;
  /** The clock, for a `Retry-After` date. @default Date.now */
  readonly now?: () => number;
}

/** A 4xx body's `message` or `error` string: the server's words for a person. */
const messageOf = async (response: Response): Promise<string | undefined> => {
  try {
    const data: unknown = JSON.parse(await response.text());
    if (data && typeof data === 'object') {
      const { message, error } = data as { message?: unknown; error?: unknown };
      if (typeof message === 'string' && message) return message;
      if (typeof error === 'string' && error) return error;
    }
  } catch {
    // Not JSON: no words to show, the reason still says what happened.
  }
  return undefined;
};

/** Whether `url` is on the page's own origin (outside a page, where there is no CORS: yes). */
const sameOrigin = (url: string): boolean => {
  const here = globalThis.location;
  try {
    return !here || new URL(url, here.href).origin === here.origin;
  } catch {
    return false;
  }
};

/**
 * One POST of `body`. Resolves on a 2xx; otherwise rejects with a `SubmitError`: `timeout`,
 * `network`, or `http_<status>` (with the server's message for a 4xx, its `Retry-After`).
 * The key goes in the `Idempotency-Key` header too, except on a cross-origin form post,
 * which stays a simple request (no CORS preflight) for form backends.
 */
export const postOnce = async (url: string, body: WireBody, options: AttemptOptions = {}): Promise<void> => {
  const format = options.format ?? 'json';
  const [text, type] = encodeBody(body, format);
  const headers: Record<string, string> = { 'content-type': type, ...options.headers };
  if (format === 'json' || sameOrigin(url)) headers['idempotency-key'] = body.idempotency_key;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, {
        method: 'POST',
        headers,
        body: text,
        signal: controller.signal,
      });
    } catch {
      throw new SubmitError(controller.signal.aborted ? 'timeout' : 'network');
    }
    if (response.ok) return;
    const { status } = response;
    const error = new SubmitError(`http_${status}`, status < 500 ? await messageOf(response) : undefined);
    error.retryAfter = retryAfterMs(response.headers.get('retry-after'), (options.now ?? Date.now)());
    throw error;
  } finally {
    clearTimeout(timer);
  }
};
