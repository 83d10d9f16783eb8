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
 * body keeps it a simple request: no CORS preflight. The embed calls `flush()` on
 * `pagehide` and when the page is hidden; this sink adds no listeners of its own.
 */
export const beaconSink = (options: BeaconSinkOptions): SinkObject => {
  const { url, batchSize = 20, flushInterval = 5000 } = options;
  let lines: string[] = [];
  let timer: unknown;
  let warned = false;
  let destroyed = false;

  const bytes = (text: string): number => new TextEncoder().encode(text).length;

  const post = (body: string): void => {
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
    try {
      const send = options.fetch ?? globalThis.fetch;
      send?.(url, { method: 'POST', body, keepalive: true, headers: { 'content-type': TEXT } }).catch(
        () => {},
      );
    } catch {
      // Analytics is best effort: a lost batch must never reach the host page.
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
    const batch = lines;
    lines = [];
    let chunk: string[] = [];
    let chunkSize = 0;
    for (const line of batch) {
      const lineSize = bytes(line) + 1;
      if (chunkSize + lineSize > MAX_BYTES && chunk.length > 0) {
        post(chunk.join('\n'));
        chunk = [];
        chunkSize = 0;
      }
      chunk.push(line);
      chunkSize += lineSize;
    }
    if (chunk.length > 0) post(chunk.join('\n'));
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
