import type { LintRule } from '../lint-rule';

/**
 * `progress-hidden` (warning): `progress: false` hides "Step 2 of 3" on a form with more than
 * one step to go through. People who cannot see how much is left give up sooner, and hiding
 * it is the less honest ladder.
 */
export const progressHidden: LintRule = {
  id: 'progress-hidden',
  severity: 'warning',
  check({ form, steps }) {
    const toGo = steps.filter((facts) => !facts.traits.ends).length;
    if (form.progress || toGo < 2) return [];
    return [
      {
        path: 'progress',
        message: `The progress indicator is hidden on a form of ${toGo} steps: people cannot see how much is left.`,
        hint: 'Remove "progress": false; if the count discourages, ask for fewer steps instead.',
      },
    ];
  },
};
