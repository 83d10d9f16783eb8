import { expect, test } from 'vitest';
import { createDeduper, type KeyStore, memoryStore } from '../../src/server/dedupe';

const day = 86_400_000;

test('the first claim of a key handles it; every later one is a duplicate', async () => {
  const dedupe = createDeduper(memoryStore());
  expect(await dedupe.claim('k')).toBe(true);
  expect(await dedupe.claim('k')).toBe(false);
  expect(await dedupe.claim('other')).toBe(true);
});

test('a key is remembered for 8 days by default, longer than the widget’s 7-day outbox, then forgotten', async () => {
  let now = 0;
  const dedupe = createDeduper(memoryStore({ now: () => now }));
  await dedupe.claim('k');
  now = 8 * day - 1;
  expect(await dedupe.claim('k')).toBe(false);
  now = 8 * day;
  expect(await dedupe.claim('k')).toBe(true);
});

test('ttl sets how long keys are remembered', async () => {
  let now = 0;
  const dedupe = createDeduper(memoryStore({ now: () => now }), { ttl: 1000 });
  await dedupe.claim('k');
  now = 1000;
  expect(await dedupe.claim('k')).toBe(true);
});

test('a released key can be claimed again, so a failed save is retried', async () => {
  const dedupe = createDeduper(memoryStore());
  await dedupe.claim('k');
  await dedupe.release('k');
  expect(await dedupe.claim('k')).toBe(true);
});

test('with an async store that has no atomic add, copies racing in at once are handled once', async () => {
  const keys = new Map<string, number>();
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const store: KeyStore = {
    async has(key) {
      await tick();
      return keys.has(key);
    },
    async set(key, ttl) {
      await tick();
      keys.set(key, ttl);
    },
  };
  const dedupe = createDeduper(store, { ttl: 5 });
  const claims = await Promise.all([dedupe.claim('k'), dedupe.claim('k'), dedupe.claim('k')]);
  expect(claims.filter(Boolean)).toHaveLength(1);
  expect(keys.get('k')).toBe(5);
  expect(await dedupe.claim('k')).toBe(false);
});

test('a store with an atomic add is asked through it alone', async () => {
  const calls: string[] = [];
  const store: KeyStore = {
    has() {
      calls.push('has');
      return false;
    },
    set: () => calls.push('set'),
    add(key, ttl) {
      calls.push(`add ${key} ${ttl}`);
      return true;
    },
  };
  expect(await createDeduper(store, { ttl: 9 }).claim('k')).toBe(true);
  expect(calls).toEqual(['add k 9']);
});

test('the memory store keeps at most `max` keys, dropping the oldest', async () => {
  const store = memoryStore({ max: 2 });
  for (const key of ['a', 'b', 'c']) store.set(key, day);
  expect(['a', 'b', 'c'].map((key) => store.has(key))).toEqual([false, true, true]);
});
