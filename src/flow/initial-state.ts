import { kindOf } from '../schema/kinds';
import type { AnswerMap, Form, Value } from '../schema/model';
import { emptyState } from './empty-state';
import type { FlowState } from './types';

/**
 * A form before anything happened: on its first step, hidden fields carrying their
 * values, `answers` (the page's values of hidden fields with `from`, the prefill, a
 * restored draft) laid over them.
 */
export const initialState = (form: Form, sessionId: string, answers: AnswerMap = {}): FlowState => {
  const initial: Record<string, Value | undefined> = {};
  for (const step of form.steps) {
    for (const field of step.fields) {
      const value = kindOf(field.type).initial?.(field);
      if (value !== undefined) initial[field.name] = value;
    }
  }
  return { ...emptyState(form, sessionId), answers: { ...initial, ...answers } };
};
