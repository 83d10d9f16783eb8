import type { LintOptions } from '../../src/lint/lint-finding';
import { lintForm } from '../../src/lint/lint-form';
import type { FormConfig, StepConfig } from '../../src/schema/config';

export const cta: StepConfig = { id: 'start', type: 'cta', title: 'Get the guide' };
export const thanks: StepConfig = {
  id: 'thanks',
  type: 'thanks',
  title: 'Thanks',
  next: { label: 'Watch', href: '/v' },
};
export const consentBox = { name: 'consent', type: 'consent', label: 'I agree', required: true } as const;
export const emailField = { name: 'email', type: 'email', label: 'Email', required: true } as const;

/** The findings of one rule on a form made of `steps`, as `path: message`. */
export const findingsOf = (
  rule: string,
  steps: readonly StepConfig[],
  extra: Partial<FormConfig> = {},
  options?: LintOptions,
): { path: string; message: string }[] => {
  const findings = lintForm({ id: 'form', steps, ...extra }, options);
  const invalid = findings.filter((finding) => finding.rule === 'invalid-config');
  if (invalid.length) throw new Error(`the test's config is invalid: ${JSON.stringify(invalid)}`);
  return findings.filter((finding) => finding.rule === rule).map(({ path, message }) => ({ path, message }));
};

/** Just the paths where `rule` fires. */
export const pathsOf = (
  rule: string,
  steps: readonly StepConfig[],
  extra?: Partial<FormConfig>,
  options?: LintOptions,
): string[] => findingsOf(rule, steps, extra, options).map((finding) => finding.path);
