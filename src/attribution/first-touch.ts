/** The part of `Storage` first touch uses, so tests pass a two-line fake. */
export interface TouchStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A value per source: `landing`, `referrer`, `query:<parameter>`. */
export type Touch = Readonly<Record<string, string>>;

/** One key for every form: the visit is the page's, not a form's. */
export const TOUCH_KEY = 'yesladder:touch';

const isSource = (key: string) => key === 'landing' || key === 'referrer' || key.startsWith('query:');

/** What an earlier page of the visit kept: untrusted, so strings of known sources only. */
const keptIn = (json: string | null): Record<string, string> => {
  const kept: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    if (parsed && typeof parsed === 'object')
      for (const [key, value] of Object.entries(parsed))
        if (isSource(key) && typeof value === 'string') kept[key] = value;
  } catch {}
  return kept;
};

/**
 * The visit's first touch: what an earlier page kept wins over this `page`'s values, which
 * fill in the rest and are kept for the pages after it. A URL parameter counts once it is
 * non-empty. The landing page and its referrer are one touch, kept together even when the
 * referrer is empty: otherwise a direct visit's second page would name the site itself as
 * the referrer. Storage that is missing or throws gives this page's values.
 */
export const firstTouch = (page: Touch, storage?: TouchStorage): Touch => {
  let kept: Record<string, string>;
  try {
    if (!storage) return page;
    kept = keptIn(storage.getItem(TOUCH_KEY));
  } catch {
    return page;
  }
  const touch = { ...kept };
  const entryKept = Object.hasOwn(kept, 'landing');
  for (const [source, value] of Object.entries(page)) {
    const entry = source === 'landing' || source === 'referrer';
    if (entry ? !entryKept : value !== '' && !Object.hasOwn(kept, source)) touch[source] = value;
  }
  if (Object.keys(touch).some((source) => touch[source] !== kept[source]))
    try {
      storage.setItem(TOUCH_KEY, JSON.stringify(touch));
    } catch {
      // Blocked or full: this page still has its values.
    }
  return touch;
};
