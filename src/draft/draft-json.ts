import type { FlowState } from '../flow/types';
import { keptAnswers } from '../schema/kept-in-draft';
import type { AnswerMap } from '../schema/model';

/** A draft as kept on the device: where the person was, what they answered, and when. */
export interface Draft {
  /** When it was saved (ms since the epoch); it expires `ttl` ms later. */
  readonly at: number;
  readonly history: readonly string[];
  readonly answers: AnswerMap;
}

/** Bumped when the stored shape changes; a draft of another version is dropped. */
const VERSION = 1;

/**
 * The state as a draft's JSON: only the answers a draft may keep (never sensitive,
 * password-like or hidden fields), and no session id: nothing that links two page views.
 */
export const draftToJson = (state: FlowState, at: number): string =>
  JSON.stringify({
    v: VERSION,
    at,
    history: state.history,
    answers: keptAnswers(state.form, state.answers),
  });

/**
 * The draft in `json`, or `undefined` when there is none, it is not ours, or it is older
 * than `ttl` ms at `now` (the caller then deletes it).
 */
export const draftFromJson = (json: string | null, ttl: number, now: number): Draft | undefined => {
  let saved: unknown;
  try {
    saved = json && JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!saved || typeof saved !== 'object') return undefined;
  const { v, at, history, answers } = saved as Record<string, unknown>;
  const fresh = typeof at === 'number' && now - at < ttl;
  if (v !== VERSION || !fresh || !Array.isArray(history) || !answers || typeof answers !== 'object')
    return undefined;
  return { at, history, answers: answers as AnswerMap };
};
