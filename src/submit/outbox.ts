import type { SubmitFormat, WireBody } from './wire-body';

/** A submission owed to `url`, kept until it arrives or the server refuses it for good. */
export interface OutboxEntry {
  readonly key: string;
  readonly url: string;
  readonly format: SubmitFormat;
  readonly body: WireBody;
  /** When it was stored (ms since the epoch), for the expiry. */
  readonly at: number;
}

/** The part of `Storage` the outbox uses. */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Outbox {
  /** Stores an entry, replacing one with its key; false when it is kept in memory only. */
  put(entry: OutboxEntry): boolean;
  remove(key: string): void;
  /** The entries not yet expired, oldest first. */
  list(): OutboxEntry[];
}

/** The localStorage key every form's entries share. */
export const OUTBOX_KEY = 'yesladder:outbox';
/** An entry older than this is dropped unsent: 7 days. */
export const OUTBOX_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const isEntry = (value: unknown): value is OutboxEntry => {
  const entry = value as Partial<OutboxEntry> | null;
  return (
    typeof entry?.key === 'string' &&
    typeof entry.url === 'string' &&
    typeof entry.at === 'number' &&
    typeof entry.body === 'object' &&
    entry.body !== null
  );
};

/**
 * The outbox over `storage` (localStorage). Storage that is missing or throws (private
 * mode, quota) turns it into memory for the rest of the page's life, silently.
 */
export const createOutbox = (storage: OutboxStorage | undefined, now: () => number): Outbox => {
  let memory: unknown[] = [];
  let durable = storage !== undefined;

  const read = (): OutboxEntry[] => {
    if (durable) {
      try {
        const text = storage?.getItem(OUTBOX_KEY);
        let stored: unknown = [];
        try {
          stored = text ? JSON.parse(text) : [];
        } catch {
          // Garbage under our key: start again rather than fail.
        }
        memory = Array.isArray(stored) ? stored : [];
      } catch {
        durable = false;
      }
    }
    return memory
      .filter(isEntry)
      .filter((entry) => now() - entry.at < OUTBOX_TTL_MS)
      .sort((a, b) => a.at - b.at);
  };

  const write = (entries: OutboxEntry[]): boolean => {
    memory = entries;
    try {
      if (!durable) return false;
      if (entries.length) storage?.setItem(OUTBOX_KEY, JSON.stringify(entries));
      else storage?.removeItem(OUTBOX_KEY);
    } catch {
      durable = false;
    }
    return durable;
  };

  return {
    put: (entry) => write([...read().filter((e) => e.key !== entry.key), entry]),
    remove: (key) => void write(read().filter((e) => e.key !== key)),
    list: read,
  };
};
