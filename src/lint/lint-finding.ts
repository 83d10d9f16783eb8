/**
 * How much a finding matters. `error`: the ladder is broken (its first ask is no small yes,
 * a lead carries no email); `warning`: it costs completions or trust; `info`: a missed chance.
 */
export type LintSeverity = 'error' | 'warning' | 'info';

/** One place where a form asks too much too soon, and what to do about it. */
export interface LintFinding {
  /** The rule's kebab-case id, e.g. `first-ask-too-big`. */
  readonly rule: string;
  readonly severity: LintSeverity;
  /** Where in the config: `steps[2].fields[0]`, `steps[1]`, `progress`. */
  readonly path: string;
  /** What is wrong, in one line. */
  readonly message: string;
  /** How to fix it, in one line. */
  readonly hint: string;
}

/** The linter's thresholds. */
export interface LintOptions {
  /**
   * A step asking more than this many questions is flagged `too-many-fields` (consent boxes
   * and hidden fields are not counted).
   * @default 4
   */
  readonly maxFieldsPerStep?: number;
  /**
   * A step is a steep climb when its friction score is more than this many times the step
   * before's, and more than `steepIncrease` points above it.
   * @default 2
   */
  readonly steepFactor?: number;
  /**
   * …and more than this many friction points above it (so 0 → 2, a CTA then an email, is no climb).
   * @default 4
   */
  readonly steepIncrease?: number;
  /** Rule ids to skip, e.g. `['first-ask-too-big']` for an A/B test's deliberate one-page control. @default [] */
  readonly ignore?: readonly string[];
}

/** The severities, worst first: the order findings are listed in. */
export const severities: readonly LintSeverity[] = ['error', 'warning', 'info'];
