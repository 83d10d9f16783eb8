import type { LintContext } from './lint-context';
import type { LintFinding, LintSeverity } from './lint-finding';

/** What a rule reports: the rule's id and severity are added by the linter. */
export type LintIssue = Omit<LintFinding, 'rule' | 'severity'>;

/** One rule of the method: a plain value, run by `lintModel` over the list in `rules/index.ts`. */
export interface LintRule {
  /** kebab-case, stable: it names the rule in findings, `--ignore` and the README. */
  readonly id: string;
  readonly severity: LintSeverity;
  check(context: LintContext): readonly LintIssue[];
}
