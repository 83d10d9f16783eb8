import type { StepFacts } from '../lint-context';
import type { LintIssue, LintRule } from '../lint-rule';

const points = (score: number) => `${Number(score.toFixed(1))} point${score === 1 ? '' : 's'}`;

/**
 * `steep-gradient` (warning): a step asks for much more than the step before it, measured by
 * friction scores (see `friction-score.ts`): more than `steepFactor` (2) times the step
 * before's score and more than `steepIncrease` (4) points above it. Each commitment should be
 * a little bigger than the last, not a leap. With branches, every step a person can come from
 * counts, and the smallest one is compared (the steepest climb).
 */
export const steepGradient: LintRule = {
  id: 'steep-gradient',
  severity: 'warning',
  check({ steps, paths, options }) {
    return steps.flatMap((facts): LintIssue[] => {
      const before = (paths.previous[facts.index] ?? [])
        .filter((from) => paths.reachable[from])
        .map((from) => steps[from] as StepFacts);
      if (!facts.reachable || !before.length) return [];
      const lowest = before.reduce((a, b) => (b.friction < a.friction ? b : a));
      const steep =
        facts.friction > lowest.friction * options.steepFactor &&
        facts.friction - lowest.friction > options.steepIncrease;
      if (!steep) return [];
      return [
        {
          path: facts.path,
          message: `The ${facts.name} scores ${points(facts.friction)} of friction right after ${lowest.name} scored ${points(lowest.friction)}: a leap, not a step.`,
          hint: 'Split it into smaller steps, make some fields optional, or move the personal ones (phone, budget…) later.',
        },
      ];
    });
  },
};
