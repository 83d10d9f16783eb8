import type { SinkObject } from '../events/sink';

/** Browsers refuse keepalive bodies past 64 KiB in flight; stay under it per request. */
const MAX_BYTES = 64_000;
const TEXT = 'text/plain;charset=UTF-8';

export interface BeaconSinkOptions {
  /** Endpoint that receives JSON lines, one event per line. */
  readonly url: string;
  /** Send once this many events are buffered. @default 20 */
  readonly batchSize?: number;
  /** Send this many ms after the first buffered event. @default 5000 */
  readonly flushInterval?: number;
  /** @default navigator.sendBeacon, read at send time */
  readonly sendBeacon?: (url: string, data: Blob | string) => boolean;
  /** Used when sendBeacon is missing or refuses. @default globalThis.fetch, read at send time */
  readonly fetch?: typeof fetch;
  /** @default globalThis.setTimeout */
  readonly setTimeout?: (fn: () => void, ms: number) => unknown;
  /** @default globalThis.clearTimeout */
  readonly clearTimeout?: (id: unknown) => void;
}

/**
 * Batches events and posts them as JSON lines, with `navigator.sendBeacon` so they
 * survive the page closing (falling back to `fetch` with `keepalive`). The plain-text
 * body keeps it a simple request: no CORS preflight. A batch that could not be handed
 * over (sendBeacon refused, fetch failed or got an error status) is tried once more with
 * the next flush. Each request stays under the 64 KB keepalive budget. The embed calls
 * `flush()` on `pagehide` and when the page is hidden; this sink adds no listeners.
 */
export const beaconSink = (options: BeaconSinkOptions): SinkObject => {
  const { url, batchSize = 20, flushInterval = 5000 } = options;
  let lines: string[] = [];
  let timer: unknown;
  let warned = false;
  let destroyed = false;

  const bytes = (text: string): number => new TextEncoder().encode(text).length;

  let retries: string[] = [];
  let lost = false;

  /** A batch neither sendBeacon nor fetch could hand over is tried once more, later. */
  const failed = (body: string, retried: boolean): void => {
    if (retried) {
      if (!lost) console.warn(`yesladder: beacon could not deliver a batch to ${url} twice; it was dropped.`);
      lost = true;
      return;
    }
    retries.push(body);
    if (timer === undefined && !destroyed) timer = (options.setTimeout ?? setTimeout)(flush, flushInterval);
  };

  const post = (body: string, retried: boolean): void => {
    try {
      const beacon =
        options.sendBeacon ??
        (typeof navigator !== 'undefined' && navigator.sendBeacon
          ? (u: string, data: string) => navigator.sendBeacon(u, data)
          : undefined);
      if (beacon?.(url, body)) return;
    } catch {
      // Fall through to fetch: sendBeacon throws on some invalid URLs and quotas.
    }
    const send = options.fetch ?? globalThis.fetch;
    if (!send) {
      failed(body, retried);
      return;
    }
    // no-cors: an endpoint without CORS headers still gets the batch, and we do not take
    // its unreadable answer for a failure (and send it twice). Same-origin answers are read.
    const init = {
      method: 'POST',
      body,
      keepalive: true,
      mode: 'no-cors',
      headers: { 'content-type': TEXT },
    } as const;
    try {
      send(url, init).then(
        (response) => {
          if (response.type !== 'opaque' && !response.ok) failed(body, retried);
        },
        () => failed(body, retried),
      );
    } catch {
      failed(body, retried);
    }
  };

  const stopTimer = (): void => {
    if (timer === undefined) return;
    if (options.clearTimeout) options.clearTimeout(timer);
    else clearTimeout(timer as Parameters<typeof clearTimeout>[0]);
    timer = undefined;
  };

  const flush = (): void => {
    stopTimer();
    const again = retries;
    retries = [];
    for (const body of again) post(body, true);
    const batch = lines;
    lines = [];
    let chunk: string[] = [];
    let chunkSize = 0;
    for (const line of batch) {
      const lineSize = bytes(line) + 1;
      if (chunkSize + lineSize > MAX_BYTES && chunk.length > 0) {
        post(chunk.join('\n'), false);
        chunk = [];
        chunkSize = 0;
      }
      chunk.push(line);
      chunkSize += lineSize;
    }
    if (chunk.length > 0) post(chunk.join('\n'), false);
  };

  return {
    name: 'beacon',
    send: (event) => {
      if (destroyed) return;
      const line = JSON.stringify(event);
      if (bytes(line) > MAX_BYTES) {
        if (!warned)
          console.warn(`yesladder: beacon dropped a "${event.name}" event over ${MAX_BYTES} bytes.`);
        warned = true;
        return;
      }
      lines.push(line);
      if (lines.length >= batchSize) flush();
      else if (timer === undefined) timer = (options.setTimeout ?? setTimeout)(flush, flushInterval);
    },
    flush,
    destroy: () => {
      flush();
      destroyed = true;
    },
  };
};
