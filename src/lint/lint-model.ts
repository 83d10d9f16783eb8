import type { Form } from '../schema/model';
import { lintContext } from './lint-context';
import { type LintFinding, type LintOptions, severities } from './lint-finding';
import { lintRules } from './rules';

/**
 * The findings for a checked form (`parseForm(config).form`), worst first, then in step
 * order. What `lintForm` runs on a config, and what a development build logs at `mount`.
 */
export const lintModel = (form: Form, options: LintOptions = {}): LintFinding[] => {
  const context = lintContext(form, options);
  const ignored = new Set(options.ignore ?? []);
  return lintRules
    .filter((rule) => !ignored.has(rule.id))
    .flatMap((rule) =>
      rule.check(context).map((issue) => ({ rule: rule.id, severity: rule.severity, ...issue })),
    )
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        severities.indexOf(a.finding.severity) - severities.indexOf(b.finding.severity) || a.order - b.order,
    )
    .map(({ finding }) => finding);
};
