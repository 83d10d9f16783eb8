import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { beaconSink } from '../../src/sinks/beacon';
import { sampleEvent } from './event';

// What happens to a batch that could not be handed over: tried once more with the next
// flush, then dropped with one warning. Batching and splitting are in beacon.test.ts.

let warn: ReturnType<typeof vi.spyOn>;
let unhandled: ReturnType<typeof vi.fn<(reason: unknown) => void>>;

beforeEach(() => {
  vi.useFakeTimers();
  // No sendBeacon on the page unless a test passes one (Node 21+ has a navigator).
  vi.stubGlobal('navigator', {});
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  unhandled = vi.fn<(reason: unknown) => void>();
  process.on('unhandledRejection', unhandled);
});
afterEach(() => {
  process.off('unhandledRejection', unhandled);
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Lets fetch's promise settle and the sink's handlers run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

const refused = () => Promise.reject(new TypeError('Failed to fetch'));
const answer = (fields: { ok: boolean; type: ResponseType; status: number }) =>
  Promise.resolve(fields as Response);
const delivered = () => answer({ ok: true, type: 'basic', status: 204 });

/** A fetch fake that answers with each given result in turn, then delivers. */
const fetchAnswering = (...results: (() => Promise<Response>)[]) => {
  const queue = [...results];
  return vi.fn((_url: string | URL | Request, _init?: RequestInit) => (queue.shift() ?? delivered)());
};
const bodies = (fetch: ReturnType<typeof fetchAnswering>) => fetch.mock.calls.map(([, init]) => init?.body);
const steps = (body: unknown) =>
  String(body)
    .split('\n')
    .map((line) => JSON.parse(line).step_id);

test('a batch fetch could not send is tried again after flushInterval, with the same body', async () => {
  const fetch = fetchAnswering(refused);
  const sink = beaconSink({ url: '/e', flushInterval: 1000, fetch });
  sink.send(sampleEvent({ step_id: 'a' }));
  sink.send(sampleEvent({ step_id: 'b' }));
  sink.flush?.();
  await settle();
  expect(fetch).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(999);
  expect(fetch).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(fetch).toHaveBeenCalledTimes(2);
  expect(bodies(fetch)[1]).toBe(bodies(fetch)[0]);
  expect(steps(bodies(fetch)[1])).toEqual(['a', 'b']);
});

test('a batch that succeeds on the second try is sent no more, and nothing is warned', async () => {
  const fetch = fetchAnswering(refused);
  const sink = beaconSink({ url: '/e', flushInterval: 1000, fetch });
  sink.send(sampleEvent());
  sink.flush?.();
  await settle();
  await vi.advanceTimersByTimeAsync(1000);
  await vi.advanceTimersByTimeAsync(60_000);
  sink.flush?.();
  await settle();
  expect(fetch).toHaveBeenCalledTimes(2);
  expect(warn).not.toHaveBeenCalled();
});

test('the failed batch is tried again at the next flush, before flushInterval', async () => {
  const sendBeacon = vi.fn(() => false);
  const fetch = fetchAnswering(refused);
  const sink = beaconSink({ url: '/e', flushInterval: 5000, sendBeacon, fetch });
  sink.send(sampleEvent({ step_id: 'a' }));
  sink.flush?.();
  await settle();
  sink.flush?.();
  expect(fetch).toHaveBeenCalledTimes(2);
  expect(sendBeacon).toHaveBeenCalledTimes(2);
  expect(steps(bodies(fetch)[1])).toEqual(['a']);
});

test('the retried batch goes out ahead of newer events, in its own request', async () => {
  const fetch = fetchAnswering(refused);
  const sink = beaconSink({ url: '/e', batchSize: 2, fetch });
  sink.send(sampleEvent({ step_id: 'a' }));
  sink.send(sampleEvent({ step_id: 'b' }));
  await settle();
  sink.send(sampleEvent({ step_id: 'c' }));
  sink.send(sampleEvent({ step_id: 'd' }));
  expect(bodies(fetch).map(steps)).toEqual([
    ['a', 'b'],
    ['a', 'b'],
    ['c', 'd'],
  ]);
});

test('a batch sendBeacon refuses with no fetch at all is retried once, then dropped', () => {
  vi.stubGlobal('fetch', undefined);
  const sendBeacon = vi.fn(() => false);
  const sink = beaconSink({ url: '/e', flushInterval: 1000, sendBeacon });
  sink.send(sampleEvent());
  sink.flush?.();
  expect(sendBeacon).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(1000);
  expect(sendBeacon).toHaveBeenCalledTimes(2);
  expect(warn).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(60_000);
  expect(sendBeacon).toHaveBeenCalledTimes(2);
});

test('the retry goes by sendBeacon first, and a beacon that accepts it ends the matter', async () => {
  const sendBeacon = vi.fn().mockReturnValueOnce(false).mockReturnValue(true);
  const fetch = fetchAnswering(refused);
  const sink = beaconSink({ url: '/e', flushInterval: 1000, sendBeacon, fetch });
  sink.send(sampleEvent({ step_id: 'a' }));
  sink.flush?.();
  await settle();
  await vi.advanceTimersByTimeAsync(1000);
  expect(sendBeacon).toHaveBeenCalledTimes(2);
  expect(sendBeacon.mock.calls[1]?.[1]).toBe(bodies(fetch)[0]);
  expect(fetch).toHaveBeenCalledTimes(1);
  expect(warn).not.toHaveBeenCalled();
});

test('sendBeacon throwing falls back to fetch, and a fetch failure then is retried', async () => {
  const sendBeacon = vi.fn(() => {
    throw new TypeError('Illegal invocation');
  });
  const fetch = fetchAnswering(refused);
  const sink = beaconSink({ url: '/e', flushInterval: 1000, sendBeacon, fetch });
  sink.send(sampleEvent());
  expect(() => sink.flush?.()).not.toThrow();
  await settle();
  await vi.advanceTimersByTimeAsync(1000);
  expect(fetch).toHaveBeenCalledTimes(2);
});

test('fetch throwing at once counts as a failure and is retried', async () => {
  let calls = 0;
  const fetch = vi.fn(() => {
    calls++;
    if (calls === 1) throw new TypeError('bad url');
    return delivered();
  });
  const sink = beaconSink({ url: '/e', flushInterval: 1000, fetch });
  sink.send(sampleEvent());
  expect(() => sink.flush?.()).not.toThrow();
  await vi.advanceTimersByTimeAsync(1000);
  expect(fetch).toHaveBeenCalledTimes(2);
  expect(warn).not.toHaveBeenCalled();
});

test('an error status the page can read (503) counts as a failure and is retried', async () => {
  const fetch = fetchAnswering(() => answer({ ok: false, type: 'basic', status: 503 }));
  const sink = beaconSink({ url: '/e', flushInterval: 1000, fetch });
  sink.send(sampleEvent());
  sink.flush?.();
  await settle();
  await vi.advanceTimersByTimeAsync(1000);
  expect(fetch).toHaveBeenCalledTimes(2);
});

test('a CORS response with an error status counts as a failure and is retried', async () => {
  const fetch = fetchAnswering(() => answer({ ok: false, type: 'cors', status: 500 }));
  const sink = beaconSink({ url: '/e', flushInterval: 1000, fetch });
  sink.send(sampleEvent());
  sink.flush?.();
  await settle();
  await vi.advanceTimersByTimeAsync(1000);
  expect(fetch).toHaveBeenCalledTimes(2);
});

test('an opaque no-cors response (ok false, status 0) counts as delivered: no retry, no warning', async () => {
  const fetch = fetchAnswering(() => answer({ ok: false, type: 'opaque', status: 0 }));
  const sink = beaconSink({ url: '/e', flushInterval: 1000, fetch });
  sink.send(sampleEvent());
  sink.flush?.();
  await settle();
  await vi.advanceTimersByTimeAsync(60_000);
  sink.flush?.();
  await settle();
  expect(fetch).toHaveBeenCalledTimes(1);
  expect(warn).not.toHaveBeenCalled();
});

test('a batch failing twice is dropped with one warning naming the beacon and its url', async () => {
  const fetch = fetchAnswering(refused, refused);
  const sink = beaconSink({ url: 'https://collect.example.com/e', flushInterval: 1000, fetch });
  sink.send(sampleEvent());
  sink.flush?.();
  await settle();
  expect(warn).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1000);
  await settle();
  expect(fetch).toHaveBeenCalledTimes(2);
  expect(warn).toHaveBeenCalledTimes(1);
  const message = String(warn.mock.calls[0]?.[0]);
  expect(message).toMatch(/^yesladder: /);
  expect(message).toContain('beacon');
  expect(message).toContain('https://collect.example.com/e');
  // Dropped: never sent a third time.
  await vi.advanceTimersByTimeAsync(60_000);
  sink.flush?.();
  await settle();
  expect(fetch).toHaveBeenCalledTimes(2);
});

test('more batches lost later add no warning, and nothing is thrown or left unhandled', async () => {
  const fetch = vi.fn(refused);
  const sink = beaconSink({ url: '/e', flushInterval: 1000, fetch });
  for (let round = 0; round < 3; round++) {
    sink.send(sampleEvent({ step_index: round }));
    expect(() => sink.flush?.()).not.toThrow();
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    await settle();
  }
  expect(fetch).toHaveBeenCalledTimes(6);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(unhandled).not.toHaveBeenCalled();
});

test('the retry is a JSON-lines POST with keepalive and no-cors, like the first try', async () => {
  const fetch = fetchAnswering(refused);
  const sink = beaconSink({ url: '/e', flushInterval: 1000, fetch });
  sink.send(sampleEvent({ step_id: 'a' }));
  sink.send(sampleEvent({ step_id: 'b' }));
  sink.flush?.();
  await settle();
  await vi.advanceTimersByTimeAsync(1000);
  const expected = {
    method: 'POST',
    body: `${JSON.stringify(sampleEvent({ step_id: 'a' }))}\n${JSON.stringify(sampleEvent({ step_id: 'b' }))}`,
    keepalive: true,
    mode: 'no-cors',
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
  };
  expect(fetch.mock.calls).toEqual([
    ['/e', expected],
    ['/e', expected],
  ]);
});

test('reads fetch from the page at send time when none is given', async () => {
  const fetch = fetchAnswering(refused);
  const sink = beaconSink({ url: '/e', flushInterval: 1000 });
  vi.stubGlobal('fetch', fetch);
  sink.send(sampleEvent());
  sink.flush?.();
  await settle();
  await vi.advanceTimersByTimeAsync(1000);
  expect(fetch).toHaveBeenCalledTimes(2);
});

test('a batch failing after destroy sets no timer and is not retried', async () => {
  const fetch = fetchAnswering(refused);
  const sink = beaconSink({ url: '/e', flushInterval: 1000, fetch });
  sink.send(sampleEvent());
  sink.destroy?.();
  await settle();
  expect(vi.getTimerCount()).toBe(0);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(fetch).toHaveBeenCalledTimes(1);
  expect(unhandled).not.toHaveBeenCalled();
});
