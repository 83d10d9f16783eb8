import { SubmitError } from './types';

export interface PostJsonOptions {
  /** Extra request headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** @default globalThis.fetch, read at call time */
  readonly fetch?: typeof fetch;
  /** Give up after this many ms. @default 15000 */
  readonly timeoutMs?: number;
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

/**
 * POSTs `body` as JSON. Resolves on a 2xx; otherwise rejects with a `SubmitError`:
 * `timeout`, `network`, or `http_<status>` (with the server's message for a 4xx).
 */
export const postJson = async (url: string, body: unknown, options: PostJsonOptions = {}): Promise<void> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
    } catch {
      throw new SubmitError(controller.signal.aborted ? 'timeout' : 'network');
    }
    if (response.ok) return;
    const words = response.status < 500 ? await messageOf(response) : undefined;
    throw new SubmitError(`http_${response.status}`, words);
  } finally {
    clearTimeout(timer);
  }
};
