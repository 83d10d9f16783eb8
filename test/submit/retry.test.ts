import { expect, test, vi } from 'vitest';
import { isRetryable, MAX_WAIT_MS, retryAfterMs, withRetries } from '../../src/submit/retry';
import { SubmitError } from '../../src/submit/types';

const failing = (...reasons: string[]) => {
  const attempt = vi.fn(async () => {
    const reason = reasons.shift();
    if (reason === undefined) return;
    throw new SubmitError(reason);
  });
  return attempt;
};

const sleeps = () => {
  const waited: number[] = [];
  return { waited, sleep: async (ms: number) => void waited.push(ms) };
};

test.each(['network', 'timeout', 'http_408', 'http_429', 'http_500', 'http_502', 'http_503'])(
  '%s is worth another attempt',
  (reason) => expect(isRetryable(new SubmitError(reason))).toBe(true),
);

test.each(['http_400', 'http_401', 'http_404', 'http_409', 'http_422', 'callback'])(
  '%s is an answer, not retried',
  async (reason) => {
    const attempt = failing(reason);
    const { waited, sleep } = sleeps();
    await expect(withRetries(attempt, { sleep })).rejects.toMatchObject({ reason });
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(waited).toEqual([]);
  },
);

test('retries up to `retries` times with exponential backoff and full jitter', async () => {
  const attempt = failing('network', 'http_503', 'timeout', 'network');
  const { waited, sleep } = sleeps();
  await expect(withRetries(attempt, { retries: 3, sleep, random: () => 0.5 })).rejects.toMatchObject({
    reason: 'network',
  });
  expect(attempt).toHaveBeenCalledTimes(4);
  // Half of 1 s, 2 s, 4 s: each wait is random() times a ceiling that doubles.
  expect(waited).toEqual([500, 1000, 2000]);
});

test('the jitter spans the whole window, from 0 to the ceiling', async () => {
  const low = sleeps();
  await withRetries(failing('network', 'network'), { sleep: low.sleep, random: () => 0 });
  const high = sleeps();
  await withRetries(failing('network', 'network'), { sleep: high.sleep, random: () => 0.999 });
  expect(low.waited).toEqual([0, 0]);
  expect(high.waited).toEqual([999, 1998]);
});

test('resolves as soon as one attempt succeeds', async () => {
  const attempt = failing('http_502');
  const { sleep } = sleeps();
  await expect(withRetries(attempt, { sleep })).resolves.toBeUndefined();
  expect(attempt).toHaveBeenCalledTimes(2);
});

test('waits what Retry-After asked instead of the backoff', async () => {
  const attempt = vi.fn(async () => {
    if (attempt.mock.calls.length > 1) return;
    const error = new SubmitError('http_429');
    error.retryAfter = 12_000;
    throw error;
  });
  const { waited, sleep } = sleeps();
  await withRetries(attempt, { sleep, random: () => 0.5 });
  expect(waited).toEqual([12_000]);
});

test('a Retry-After beyond the cap ends the retries at once: the outbox sends it later', async () => {
  const error = new SubmitError('http_503');
  error.retryAfter = MAX_WAIT_MS + 1;
  const attempt = vi.fn(() => Promise.reject(error));
  const { waited, sleep } = sleeps();
  await expect(withRetries(attempt, { sleep })).rejects.toBe(error);
  expect(attempt).toHaveBeenCalledTimes(1);
  expect(waited).toEqual([]);
});

test('retries: 0 tries once', async () => {
  const attempt = failing('network');
  await expect(withRetries(attempt, { retries: 0 })).rejects.toMatchObject({ reason: 'network' });
  expect(attempt).toHaveBeenCalledTimes(1);
});

test('waits with real timers by default', async () => {
  vi.useFakeTimers();
  const attempt = failing('network');
  const done = withRetries(attempt, { random: () => 0.5 });
  await vi.advanceTimersByTimeAsync(499);
  expect(attempt).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(1);
  await done;
  expect(attempt).toHaveBeenCalledTimes(2);
  vi.useRealTimers();
});

test('reads Retry-After as seconds or as an HTTP date, never negative', () => {
  const now = Date.UTC(2026, 0, 2, 10, 0, 0);
  expect(retryAfterMs('120', now)).toBe(120_000);
  expect(retryAfterMs(' 0 ', now)).toBe(0);
  expect(retryAfterMs('Fri, 02 Jan 2026 10:00:30 GMT', now)).toBe(30_000);
  expect(retryAfterMs('Fri, 02 Jan 2026 09:00:00 GMT', now)).toBe(0);
  expect(retryAfterMs('soon', now)).toBeUndefined();
  expect(retryAfterMs(null, now)).toBeUndefined();
});
