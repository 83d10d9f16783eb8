import type { AnswerMap, Form, Step } from '../schema/model';
import { validateStep } from '../validate/validate-step';
import { resolveNext, stepById } from './resolve-next';
import type { FlowState } from './types';

/** Whether the step's Next would send the form: the person presses that button themselves. */
const sends = (form: Form, step: Step, answers: AnswerMap): boolean => {
  const next = stepById(form, resolveNext(form, step, answers));
  return !next || next.type === 'thanks';
};

/** Whether two answers are the same: strings, numbers, booleans and lists of strings, told apart by their JSON. */
export const sameAnswer = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every field the person would see holds the answer the page gave (not one they typed), and
 * the step's checks pass. A step with nothing to see (`cta`, `review`, `thanks`) never does.
 */
const prefilled = (step: Step, answers: AnswerMap, given: AnswerMap): boolean => {
  const shown = step.fields.filter((field) => field.type !== 'hidden');
  return (
    shown.length > 0 &&
    shown.every(
      (field) => Object.hasOwn(given, field.name) && sameAnswer(answers[field.name], given[field.name]),
    ) &&
    validateStep(step, answers).length === 0
  );
};

/** Whether the flow passes over `step` now, as its Next would: it is listed, and its Next would not send the form. */
export const passesOver = (state: FlowState, step: Step): boolean =>
  !!state.skip?.includes(step.id) && !sends(state.form, step, state.answers);

/**
 * `state` with the steps to pass over listed, when the form says `skipPrefilled`: those whose
 * every shown field holds the answer the page gave (`given`: the URL's, `mount`'s `prefill`)
 * and passes its check. A draft's own answers count as the person's, unless they are the
 * page's. The step a restored draft shows stays shown.
 */
export const skipPrefilled = (state: FlowState, given: AnswerMap): FlowState => {
  const { form, answers, history } = state;
  if (!form.skipPrefilled) return state;
  const shown = state.restored ? history[history.length - 1] : undefined;
  const skip = form.steps
    .filter((step) => step.id !== shown && prefilled(step, answers, given) && !sends(form, step, answers))
    .map((step) => step.id);
  return skip.length ? { ...state, skip } : state;
};
