import { resolveNext, stepById } from '../flow/resolve-next';
import type { AnswerMap, Form, Step } from '../schema/model';

/**
 * The asking steps the widget walks through with these answers, from the first, as far
 * as `stepId` (included), by the same branching rules. `reached` is false when the path
 * never meets `stepId`. `next` is the step after it, if any.
 */
export const pathTaken = (
  form: Form,
  answers: AnswerMap,
  stepId: string,
): { path: Step[]; reached: boolean; next?: Step } => {
  const path: Step[] = [];
  // Branches only jump forward, so the walk ends; the bound is a second lock on that door.
  for (let step = form.steps[0]; step && step.type !== 'thanks' && path.length < form.steps.length; ) {
    path.push(step);
    const next = stepById(form, resolveNext(form, step, answers));
    if (step.id === stepId) return { path, reached: true, next };
    step = next;
  }
  return { path, reached: false };
};
