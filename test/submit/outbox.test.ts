import { expect, test } from 'vitest';
import { createOutbox, OUTBOX_KEY, OUTBOX_TTL_MS, type OutboxEntry } from '../../src/submit/outbox';
import { wireBody } from '../../src/submit/wire-body';

/** A Map-backed storage, or one that throws like Safari's private mode. */
const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
};
const throwing = {
  getItem: (): string | null => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

const entry = (key: string, at: number, formId = 'free-guide'): OutboxEntry => ({
  key,
  url: '/api/leads',
  format: 'json',
  at,
  body: wireBody(
    {
      formId,
      variant: 'default',
      sessionId: 's',
      submission: 'lead',
      stepId: 'email',
      answers: { email: 'a@b.co' },
    },
    key,
    at,
  ),
});

test('keeps entries in storage across outboxes, oldest first', () => {
  const storage = memoryStorage();
  const now = () => 5_000;
  const first = createOutbox(storage, now);
  expect(first.put(entry('b', 2_000))).toBe(true);
  expect(first.put(entry('a', 1_000))).toBe(true);
  const later = createOutbox(storage, now);
  expect(later.list().map((e) => e.key)).toEqual(['a', 'b']);
  expect(JSON.parse(storage.items.get(OUTBOX_KEY) ?? '[]')).toHaveLength(2);
});

test('replaces an entry with the same key rather than keeping two', () => {
  const outbox = createOutbox(memoryStorage(), () => 5_000);
  outbox.put(entry('a', 1_000));
  outbox.put({ ...entry('a', 3_000), url: '/v2' });
  expect(outbox.list()).toEqual([{ ...entry('a', 3_000), url: '/v2' }]);
});

test('removes an entry, and the storage key with the last one', () => {
  const storage = memoryStorage();
  const outbox = createOutbox(storage, () => 5_000);
  outbox.put(entry('a', 1_000));
  outbox.put(entry('b', 1_000));
  outbox.remove('a');
  expect(outbox.list().map((e) => e.key)).toEqual(['b']);
  outbox.remove('b');
  expect(storage.items.has(OUTBOX_KEY)).toBe(false);
});

test('drops entries older than 7 days unsent', () => {
  let now = 1_000;
  const outbox = createOutbox(memoryStorage(), () => now);
  outbox.put(entry('old', 1_000));
  now = 1_000 + OUTBOX_TTL_MS - 1;
  expect(outbox.list()).toHaveLength(1);
  now = 1_000 + OUTBOX_TTL_MS;
  expect(outbox.list()).toEqual([]);
  expect(OUTBOX_TTL_MS).toBe(7 * 24 * 60 * 60 * 1000);
});

test('storage that throws turns into memory, silently, and says the entry is not durable', () => {
  const outbox = createOutbox(throwing, () => 5_000);
  expect(outbox.put(entry('a', 1_000))).toBe(false);
  expect(outbox.list().map((e) => e.key)).toEqual(['a']);
  outbox.remove('a');
  expect(outbox.list()).toEqual([]);
});

test('a full storage keeps the rest of the page life in memory, not stale storage', () => {
  const storage = memoryStorage();
  const outbox = createOutbox(storage, () => 5_000);
  outbox.put(entry('a', 1_000));
  storage.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  expect(outbox.put(entry('b', 2_000))).toBe(false);
  outbox.remove('a');
  expect(outbox.list().map((e) => e.key)).toEqual(['b']);
});

test('no storage at all is memory too', () => {
  const outbox = createOutbox(undefined, () => 5_000);
  expect(outbox.put(entry('a', 1_000))).toBe(false);
  expect(outbox.list()).toHaveLength(1);
});

test('garbage under the key, or entries of the wrong shape, are ignored', () => {
  const storage = memoryStorage();
  storage.setItem(OUTBOX_KEY, '{not json');
  expect(createOutbox(storage, () => 5_000).list()).toEqual([]);
  storage.setItem(OUTBOX_KEY, JSON.stringify([null, 7, { key: 'x' }, entry('ok', 1_000)]));
  expect(
    createOutbox(storage, () => 5_000)
      .list()
      .map((e) => e.key),
  ).toEqual(['ok']);
});
