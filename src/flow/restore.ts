import { keptAnswers } from '../schema/kept-in-draft';
import type { AnswerMap, Form } from '../schema/model';
import { initialState } from './initial-state';
import type { FlowState } from './types';

/** What a saved draft brings back: the path taken (the last id is where the person was) and the answers. */
export interface SavedProgress {
  readonly history: readonly string[];
  readonly answers: AnswerMap;
}

/**
 * The path as saved, if this form can still walk it: it starts at the first step, names
 * asking steps only, and visits none twice. A config changed since then starts over at
 * the first step, the answers still filled in.
 */
const walkable = (form: Form, history: readonly string[]): readonly string[] | undefined => {
  const asking = (id: string) => form.steps.some((step) => step.id === id && step.type !== 'thanks');
  const ok =
    history[0] === form.steps[0]?.id &&
    history.every((id, i) => typeof id === 'string' && asking(id) && history.indexOf(id) === i);
  return ok ? [...history] : undefined;
};

/**
 * A form brought back from a draft: at the step the person was on, with the answers it may
 * keep. The draft is untrusted input (another version of the config, a hand-edited
 * storage), so only fields and steps this form has survive. Its first `step_view` says
 * `restored: true`. `page` holds what the page gave: hidden fields' values (`from`) and the
 * prefill; the draft's own answers win over it.
 */
export const restoredState = (
  form: Form,
  sessionId: string,
  saved: SavedProgress,
  page: AnswerMap = {},
): FlowState => {
  // A draft keeps no hidden field: this page's values fill them, as on a first load.
  const fresh = initialState(form, sessionId, { ...page, ...keptAnswers(form, saved.answers) });
  const history = Array.isArray(saved.history) ? walkable(form, saved.history) : undefined;
  return { ...fresh, history: history ?? fresh.history, restored: true };
};
