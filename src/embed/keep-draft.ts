import { type Draft, draftFromJson, draftToJson } from '../draft/draft-json';
import { type DraftStorage, safeStorage } from '../draft/safe-storage';
import type { Form } from '../schema/model';
import { watchPageLifecycle } from './page-lifecycle';
import type { Store } from './store';

/** How long typing pauses before the answers are saved. */
export const DRAFT_DEBOUNCE_MS = 400;

/** Draft keys held by a mounted form: a second form with the same id on the page keeps no draft. */
let held: Set<string> | undefined;

export interface DraftKeeper {
  /** The draft found at mount, still fresh, if any. */
  readonly saved?: Draft;
  /**
   * Saves the store's step and answers as they change, until the final submission arrived
   * or `finished()` says it is safe elsewhere (the outbox); then the draft is deleted. The
   * cleanup (on destroy) saves what is pending, keeps the draft and lets go of the key.
   */
  keep(store: Store, finished?: () => boolean): () => void;
}

/**
 * The form's draft in `storage` (key `yesladder:draft:<form id>`), read once now (an
 * expired or unreadable one is deleted), then kept up to date: answers once typing pauses
 * for 400 ms, at once on a step change and when the page is hidden or left, deleted when
 * the final submission arrived. Nothing is read or written with `draft: false`, nor by a
 * second form of the same id while the first is mounted: each keeps its own state.
 */
export const openDraft = (
  form: Form,
  win: Window | null,
  now: () => number,
  storage: () => DraftStorage | null | undefined = () => win?.localStorage,
): DraftKeeper => {
  const key = `yesladder:draft:${form.id}`;
  held ??= new Set();
  if (!form.draft || held.has(key)) return { keep: () => () => {} };
  held.add(key);
  const { ttl } = form.draft;
  const store = safeStorage(storage);
  const json = store.getItem(key);
  const saved = draftFromJson(json, ttl, now());
  if (json !== null && !saved) store.removeItem(key);

  return {
    saved,
    keep(flow, finished = () => false) {
      let last = flow.state();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const save = () => {
        clearTimeout(timer);
        timer = undefined;
        store.setItem(key, draftToJson(flow.state(), now()));
      };
      const flush = () => timer !== undefined && save();
      const unsubscribe = flow.subscribe(() => {
        const state = flow.state();
        if (state.status === 'done' || finished()) {
          clearTimeout(timer);
          timer = undefined;
          store.removeItem(key);
        } else if (state.history !== last.history) save();
        else if (state.answers !== last.answers) {
          clearTimeout(timer);
          timer = setTimeout(save, DRAFT_DEBOUNCE_MS);
        }
        last = state;
      });
      const unwatch = win ? watchPageLifecycle(win, flush, flush) : () => {};
      return () => {
        flush();
        unsubscribe();
        unwatch();
        held?.delete(key);
      };
    },
  };
};
