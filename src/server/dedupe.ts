/**
 * Where the idempotency keys already seen are kept: a Map, Redis, a database table.
 * Any method may return a promise. Keys should expire after `ttl` ms.
 */
export interface KeyStore {
  has(key: string): boolean | Promise<boolean>;
  set(key: string, ttl: number): unknown;
  /** Forgets a key, so a submission whose handling failed can be sent again. */
  delete?(key: string): unknown;
  /** Adds the key only if absent, in one step (Redis `SET key 1 NX PX ttl`): true when added. */
  add?(key: string, ttl: number): boolean | Promise<boolean>;
}

export interface Deduper {
  /** True the first time a key is claimed (handle the submission), false for a duplicate. */
  claim(key: string): Promise<boolean>;
  /** Handling failed: forget the key, so the widget's retry is handled, not skipped. */
  release(key: string): Promise<void>;
}

export interface DeduperOptions {
  /**
   * How long a key is remembered, in ms. The widget resends from its outbox for up to
   * 7 days, so keep at least that. @default 8 days
   */
  readonly ttl?: number;
}

const day = 86_400_000;

/**
 * De-duplicates submissions by idempotency key, with a store you supply. A key claimed
 * but still being checked in this process is a duplicate too, so two copies racing in
 * at once are handled once even when the store has no atomic `add`.
 *
 * @example
 * const dedupe = createDeduper(memoryStore());
 * if (!(await dedupe.claim(key))) return reply(200, { duplicate: true });
 * try { await save(answers); } catch (error) { await dedupe.release(key); throw error; }
 */
export const createDeduper = (store: KeyStore, { ttl = 8 * day }: DeduperOptions = {}): Deduper => {
  const pending = new Set<string>();
  return {
    async claim(key) {
      if (pending.has(key)) return false;
      pending.add(key);
      try {
        if (store.add) return await store.add(key, ttl);
        if (await store.has(key)) return false;
        await store.set(key, ttl);
        return true;
      } finally {
        pending.delete(key);
      }
    },
    async release(key) {
      await store.delete?.(key);
    },
  };
};

/**
 * A `KeyStore` in this process's memory: right for one server process and for tests;
 * several processes need a shared store. Expired keys are dropped as it grows.
 */
export const memoryStore = ({
  now = Date.now,
  max = 100_000,
}: {
  /** The clock (tests). @default Date.now */
  readonly now?: () => number;
  /** At most this many keys; the oldest go first. @default 100000 */
  readonly max?: number;
} = {}): Required<KeyStore> => {
  const keys = new Map<string, number>();
  const has = (key: string) => {
    const until = keys.get(key);
    if (until !== undefined && until <= now()) keys.delete(key);
    return keys.has(key);
  };
  const set = (key: string, ttl: number) => {
    keys.delete(key);
    keys.set(key, now() + ttl);
    if (keys.size > max) {
      for (const [old, until] of keys) if (until <= now()) keys.delete(old);
      for (const old of keys.keys()) {
        if (keys.size <= max) break;
        keys.delete(old);
      }
    }
  };
  return {
    has,
    set,
    delete: (key) => keys.delete(key),
    add(key, ttl) {
      if (has(key)) return false;
      set(key, ttl);
      return true;
    },
  };
};
