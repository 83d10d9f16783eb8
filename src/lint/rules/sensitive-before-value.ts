import type { LintIssue, LintRule } from '../lint-rule';

/**
 * `sensitive-before-value` (warning): a sensitive field (a phone, an address, a birth date,
 * the company size, a budget… see `sensitiveAsk`) is asked before the person has been given
 * anything. Value is given when a `lead: true` step is completed: its submission is what
 * delivers the guide, the quote or the result the person came for (a CTA is a promise, not
 * value yet). Checked on every path through the branches: a field is flagged when some path
 * reaches its step without completing a lead step first.
 */
export const sensitiveBeforeValue: LintRule = {
  id: 'sensitive-before-value',
  severity: 'warning',
  check({ steps, paths }) {
    const given = paths.onEveryPath((i) => steps[i]?.step.lead === true);
    return steps.flatMap((facts): LintIssue[] => {
      const before = (paths.previous[facts.index] ?? []).filter((from) => paths.reachable[from]);
      const valueFirst = before.length > 0 && before.every((from) => given[from]);
      if (!facts.reachable || valueFirst) return [];
      return facts.fields.flatMap(({ field, path, sensitive }) =>
        sensitive
          ? [
              {
                path,
                message: `"${field.name}" on ${facts.name} asks for ${sensitive} before the person has been given anything: no lead step is completed before it.`,
                hint: 'Ask for it after a lead: true step has delivered what they came for, or drop it.',
              },
            ]
          : [],
      );
    });
  },
};
