/** The part of `Storage` the guard uses, so tests pass a two-line fake. */
export interface SessionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SessionGuard {
  /** Whether the form was already opened in this session. */
  seen(): boolean;
  mark(): void;
}

/**
 * Remembers for the browser session (across page views) that a form was opened, under
 * `key`. `storage` is read lazily; where it is missing or throws (private modes, sandboxed
 * frames, a full quota) the guard remembers in memory for this page view.
 */
export const sessionGuard = (key: string, storage: () => SessionStore | undefined): SessionGuard => {
  let marked = false;
  return {
    seen() {
      if (marked) return true;
      try {
        return storage()?.getItem(key) != null;
      } catch {
        return false;
      }
    },
    mark() {
      marked = true;
      try {
        storage()?.setItem(key, '1');
      } catch {
        // Memory it is.
      }
    },
  };
};
