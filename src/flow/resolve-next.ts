import { isBlank } from '../schema/kinds/kind';
import type { AnswerMap, Condition, Form, Step } from '../schema/model';

const holds = (when: Condition, answers: AnswerMap): boolean => {
  const answer = answers[when.field];
  const is = (expected: string | number | boolean) =>
    Array.isArray(answer) ? answer.includes(expected as string) : answer === expected;
  if (when.op === 'equals') return is(when.value);
  if (when.op === 'notEquals') return !is(when.value);
  if (when.op === 'in') return when.value.some(is);
  return isBlank(answer) !== when.value;
};

/** The id of the step after `step`: the first branch whose condition holds, else the next in order. */
export const resolveNext = (form: Form, step: Step, answers: AnswerMap): string | undefined => {
  const branch = step.branches.find((b) => !b.when || holds(b.when, answers));
  if (branch) return branch.goto;
  return form.steps[form.steps.indexOf(step) + 1]?.id;
};

export const stepById = (form: Form, id: string | undefined): Step | undefined =>
  form.steps.find((step) => step.id === id);
