import type { LintRule } from '../lint-rule';

/**
 * `too-many-fields` (warning): a step asks more than `maxFieldsPerStep` (4) questions. Past a
 * handful of fields a step reads as a form to fill, not a next small step. Consent boxes and
 * hidden fields are not counted.
 */
export const tooManyFields: LintRule = {
  id: 'too-many-fields',
  severity: 'warning',
  check({ steps, options }) {
    return steps
      .filter((facts) => facts.reachable && facts.questions.length > options.maxFieldsPerStep)
      .map((facts) => ({
        path: facts.path,
        message: `The ${facts.name} asks ${facts.questions.length} questions; more than ${options.maxFieldsPerStep} on one step reads as a form to fill.`,
        hint: `Split it into steps of at most ${options.maxFieldsPerStep} questions, or drop the ones you can ask later.`,
      }));
  },
};
