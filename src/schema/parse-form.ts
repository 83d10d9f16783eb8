import { applyVariant } from './apply-variant';
import { checkForm } from './check-form';
import type { FormConfig } from './config';
import { ConfigError, type ConfigIssue } from './config-error';
import { configShape } from './config-shape';
import type { Form } from './model';
import { normalize } from './normalize';
import { checkShape } from './shape';

export type ParseResult =
  | { readonly ok: true; readonly form: Form }
  | { readonly ok: false; readonly error: ConfigError };

const formIdOf = (input: unknown): string | undefined => {
  const id = input && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/**
 * The cross-key rules, run even when the shape is off so one error lists every
 * problem. A config too broken for them to read (no steps array) gets only shape issues.
 */
const crossChecks = (input: unknown, reported: ReadonlySet<string>): ConfigIssue[] => {
  try {
    return checkForm(input as FormConfig).filter((issue) => !reported.has(issue.path));
  } catch {
    return [];
  }
};

/**
 * Each A/B arm is checked as the config it makes; a problem is the arm's (and said at
 * `variants.<arm>.…`) when it lies in an option the arm replaces, the form's otherwise.
 */
const armChecks = (input: unknown, reported: ReadonlySet<string>): ConfigIssue[] => {
  const config = input as FormConfig;
  const arms = config?.variants;
  if (!arms || typeof arms !== 'object') return [];
  const issues: ConfigIssue[] = [];
  const names = Object.keys(arms);
  if (!names.length)
    issues.push({
      path: 'variants',
      message: 'needs at least one arm, like { "control": {}, "twostep": { "steps": […] } }',
    });
  if (config.variant !== undefined)
    issues.push({
      path: 'variant',
      message: 'the arms of "variants" are named by their keys: remove "variant"',
    });
  for (const name of names) {
    const arm = arms[name];
    if (!arm || typeof arm !== 'object') continue;
    for (const issue of crossChecks(applyVariant(config, name), new Set())) {
      const path = `variants.${name}.${issue.path}`;
      if (Object.keys(arm).includes(/^\w*/.exec(issue.path)?.[0] ?? '') && !reported.has(path))
        issues.push({ path, message: issue.message });
    }
  }
  return issues;
};

/**
 * Checks a config (JSON or TypeScript) and returns the normalized, frozen form, or a
 * `ConfigError` listing every problem with its path. Never throws.
 */
export const parseForm = (input: unknown): ParseResult => {
  const issues: ConfigIssue[] = checkShape(configShape(), input);
  const reported = new Set(issues.map((issue) => issue.path));
  issues.push(...crossChecks(input, reported), ...armChecks(input, reported));
  if (issues.length) return { ok: false, error: new ConfigError(formIdOf(input), issues) };
  return { ok: true, form: normalize(input as FormConfig) };
};

/** `parseForm`, throwing the `ConfigError` instead of returning it. */
export const parseFormOrThrow = (input: unknown): Form => {
  const result = parseForm(input);
  if (!result.ok) throw result.error;
  return result.form;
};
