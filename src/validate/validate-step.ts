import type { AnswerMap, Step } from '../schema/model';
import type { Issue } from './issue';
import { validateField } from './validate-field';

/** Every field of a step that is not right yet, one issue each, in the step's order. */
export const validateStep = (step: Step, answers: AnswerMap): Issue[] =>
  step.fields.flatMap((field) => validateField(field, answers[field.name]) ?? []);
