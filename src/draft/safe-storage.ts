/** The part of `Storage` drafts use, so tests pass a small fake. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What storage refused to keep, for this page view; shared so a form mounted again finds it. */
let memory: Map<string, string> | undefined;

/**
 * `storage()` that never throws: where it is missing or refuses (Safari's private mode
 * and a full quota throw on `setItem`; blocked storage throws on any access) the value is
 * kept in memory for this page view instead. Silently: the page's console stays clean.
 */
export const safeStorage = (storage: () => DraftStorage | null | undefined): DraftStorage => ({
  getItem(key) {
    const kept = memory?.get(key);
    if (kept !== undefined) return kept;
    try {
      return storage()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  setItem(key, value) {
    try {
      // No storage at all throws here too, and memory takes over the same way.
      (storage() as DraftStorage).setItem(key, value);
      memory?.delete(key);
    } catch {
      memory ??= new Map();
      memory.set(key, value);
      // An older value left behind must not come back on the next load.
      try {
        storage()?.removeItem(key);
      } catch {}
    }
  },
  removeItem(key) {
    memory?.delete(key);
    try {
      storage()?.removeItem(key);
    } catch {}
  },
});
