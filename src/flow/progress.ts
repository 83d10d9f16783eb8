import type { Step } from '../schema/model';
import { resolveNext, stepById } from './resolve-next';
import type { FlowState } from './types';

export interface Progress {
  /** 0-based position of the current step on the path. */
  readonly index: number;
  /** Steps on the path, thanks included: the path taken, then the one the answers so far lead to. */
  readonly count: number;
  /** For people: "Step `current` of `total`", counting only steps shown that ask something. */
  readonly current: number;
  readonly total: number;
}

/** The path taken plus the path ahead. Branches only jump forward, so it ends. */
export const projectedPath = (state: FlowState): readonly Step[] => {
  const path = state.history.map((id) => stepById(state.form, id) as Step);
  for (let step = path[path.length - 1]; step; ) {
    step = stepById(state.form, resolveNext(state.form, step, state.answers));
    if (step) path.push(step);
  }
  return path;
};

/**
 * Where the person is, honestly: the count follows the branch their answers lead to, and a
 * step passed over (the page gave its answers) counts neither as done nor as ahead.
 */
export const progressOf = (state: FlowState): Progress => {
  const path = projectedPath(state);
  const index = state.history.length - 1;
  const asks = (steps: readonly Step[]) =>
    steps.filter((step) => step.type !== 'thanks' && !state.skip?.includes(step.id)).length;
  // The path starts with the steps taken: those shown so far are its first asks.
  return { index, count: path.length, current: asks(path.slice(0, index + 1)), total: asks(path) };
};

export const currentStep = (state: FlowState): Step =>
  stepById(state.form, state.history[state.history.length - 1]) as Step;
