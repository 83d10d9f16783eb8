import { variantOf } from '../schema/apply-variant';
import type { FormConfig } from '../schema/config';
import type { Form } from '../schema/model';
import { parseForm } from '../schema/parse-form';
import { type LintFinding, type LintOptions, severities } from './lint-finding';
import { lintModel } from './lint-model';

/** `steps[2].fields[0]` → `steps`: the top-level option a path lies in. */
const topKey = (path: string): string => /^\w*/.exec(path)?.[0] ?? '';

/**
 * Where a config's ladder asks too much too soon: one finding per problem, each with its rule
 * id, severity, path, message and fix, worst first. A config that does not pass `parseForm`
 * gets one `invalid-config` error per problem instead. With `variants` (an A/B test), each
 * arm's own options are linted too, their findings at `variants.<arm>.…`. Never throws.
 *
 * @example
 * lintForm({ id: 'demo', steps: [{ id: 'all', fields: [{ name: 'email', type: 'email' }, { name: 'phone', type: 'tel' }] }] });
 * // → [{ rule: 'first-ask-too-big', severity: 'error', path: 'steps[0]', message: '…', hint: '…' }, …]
 */
export const lintForm = (config: FormConfig, options?: LintOptions): LintFinding[] => {
  const parsed = parseForm(config);
  if (!parsed.ok)
    return parsed.error.issues.map((issue) => ({
      rule: 'invalid-config',
      severity: 'error',
      path: issue.path,
      message: `The config is not valid: ${issue.message}.`,
      hint: 'Fix the config first: parseForm(config) and mount() report the same problem.',
    }));
  return lintChecked(config, parsed.form, options);
};

/**
 * `lintForm` for a config already checked (`form` is `parseForm(config).form`), so a caller
 * that parsed it (the CLI) does not parse it twice.
 */
export const lintChecked = (config: FormConfig, form: Form, options?: LintOptions): LintFinding[] => {
  const arms = form.variants.flatMap((arm) => {
    const own = Object.keys(variantOf(config, arm.name) ?? {});
    return lintModel(arm.form, options)
      .filter((finding) => own.includes(topKey(finding.path)))
      .map((finding) => ({ ...finding, path: `variants.${arm.name}.${finding.path}` }));
  });
  // Worst first across the form and its arms; a stable sort keeps each one's step order.
  return [...lintModel(form, options), ...arms].sort(
    (a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity),
  );
};
