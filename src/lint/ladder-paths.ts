import type { Form } from '../schema/model';
import { stepTraits } from './step-traits';

/**
 * The ways through a form, as step indexes. Branches only jump forward (the config check
 * makes sure), so the steps in config order are already in path order: one pass from the
 * first step answers any "on every path" question exactly, for every branch.
 */
export interface LadderPaths {
  /** The steps a person can go to from each step: its branch targets, and the next step unless a branch always applies. */
  readonly next: readonly (readonly number[])[];
  /** The steps a person can come from, for each step. */
  readonly previous: readonly (readonly number[])[];
  /** Whether some path from the first step reaches each step. */
  readonly reachable: readonly boolean[];
  /**
   * For each step: whether every path from the first step to it, that step included,
   * goes through a step `passes` accepts.
   */
  onEveryPath(passes: (index: number) => boolean): boolean[];
  /** For each step: whether some path from the first step to it, that step included, does. */
  onSomePath(passes: (index: number) => boolean): boolean[];
}

export const ladderPaths = (form: Form): LadderPaths => {
  const ids = form.steps.map((step) => step.id);
  const next = form.steps.map((step, i) => {
    if (stepTraits(step).ends) return [];
    const targets = step.branches.map((branch) => ids.indexOf(branch.goto));
    const always = step.branches.some((branch) => !branch.when);
    return [...new Set(always || i + 1 >= ids.length ? targets : [...targets, i + 1])];
  });
  const previous = ids.map((_, i) => next.flatMap((targets, from) => (targets.includes(i) ? [from] : [])));
  const reachable = ids.map(() => false);
  ids.forEach((_, i) => {
    reachable[i] = i === 0 || previous[i]?.some((from) => reachable[from]) === true;
  });
  /** One forward pass: a step passes itself, or (`every`/`some` of) the reachable steps before it did. */
  const sweep = (passes: (index: number) => boolean, every: boolean): boolean[] => {
    const through: boolean[] = [];
    ids.forEach((_, i) => {
      const before = (previous[i] ?? []).filter((from) => reachable[from]);
      const inherited = every
        ? before.length > 0 && before.every((from) => through[from])
        : before.some((from) => through[from]);
      through[i] = passes(i) || inherited;
    });
    return through;
  };
  return {
    next,
    previous,
    reachable,
    onEveryPath: (passes) => sweep(passes, true),
    onSomePath: (passes) => sweep(passes, false),
  };
};
