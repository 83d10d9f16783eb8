/** One problem in a config: where (`steps[2].fields[0].type`) and what. */
export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown by `parseFormOrThrow`, logged by `mount`: every problem in a config at once. */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(formId: string | undefined, issues: readonly ConfigIssue[]) {
    const head = `yesladder: the config${formId ? ` of form "${formId}"` : ''} has ${
      issues.length === 1 ? 'a problem' : `${issues.length} problems`
    }. The form is not shown until it is fixed.`;
    super([head, ...issues.map((issue) => `  - ${issue.path || '(config)'}: ${issue.message}`)].join('\n'));
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** `["steps", 2, "fields", 0, "type"]` → `steps[2].fields[0].type`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');

/** A value as a developer would type it, kept short. */
export const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};
