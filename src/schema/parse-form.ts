import * as z from 'zod/mini';
import { checkForm } from './check-form';
import type { FormConfig } from './config';
import { ConfigError, type ConfigIssue } from './config-error';
import { configSchema } from './config-schema';
import type { Form } from './model';
import { normalize } from './normalize';
import { translateZodIssues } from './zod-issues';

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
 * Checks a config (JSON or TypeScript) and returns the normalized, frozen form, or a
 * `ConfigError` listing every problem with its path. Never throws.
 */
export const parseForm = (input: unknown): ParseResult => {
  const shape = z.safeParse(configSchema(), input);
  const issues: ConfigIssue[] = shape.success ? [] : translateZodIssues(shape.error.issues, input);
  issues.push(...crossChecks(input, new Set(issues.map((issue) => issue.path))));
  if (issues.length) return { ok: false, error: new ConfigError(formIdOf(input), issues) };
  return { ok: true, form: normalize(input as FormConfig) };
};

/** `parseForm`, throwing the `ConfigError` instead of returning it. */
export const parseFormOrThrow = (input: unknown): Form => {
  const result = parseForm(input);
  if (!result.ok) throw result.error;
  return result.form;
};
