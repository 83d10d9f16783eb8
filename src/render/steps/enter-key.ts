import { resolveNext, stepById } from '../../flow/resolve-next';
import type { FlowState } from '../../flow/types';
import type { Step } from '../../schema/model';
import type { EnterKey } from '../fields/field-view';

/**
 * The label of a phone keyboard's Enter key (`enterkeyhint`) in a step's one-line fields. Enter
 * in any of them submits the step, as in any HTML form, so the key says what the step's button
 * does: `send` when the answers so far lead to the thanks step or to none (the form is sent),
 * `next` when another step follows.
 */
export const enterKeyOf = (state: FlowState, step: Step): EnterKey => {
  const after = stepById(state.form, resolveNext(state.form, step, state.answers));
  return !after || after.type === 'thanks' ? 'send' : 'next';
};
