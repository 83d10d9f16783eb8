import { summarizeFindings } from '../../../src/lint/format-findings';
import type { LintFinding } from '../../../src/lint/lint-finding';
import { element } from './dom';
import type { LineColumn } from './line-column';
import { lineButton } from './problem-list';

export interface LintParts {
  readonly list: HTMLElement;
  /** "1 error, 2 warnings", or why there is nothing to list. */
  readonly summary: HTMLElement;
}

/** One finding: its severity in words, rule id, place (a "line N" button and the path), message and fix. */
const findingItem = (
  doc: Document,
  finding: LintFinding,
  where: LineColumn | undefined,
  goTo: (at: LineColumn) => void,
): HTMLLIElement => {
  const item = element(doc, 'li', `pg-finding pg-${finding.severity}`);
  const head = element(doc, 'p', 'pg-finding-head');
  head.append(
    element(doc, 'span', 'pg-severity', finding.severity),
    ' ',
    element(doc, 'code', 'pg-rule', finding.rule),
  );
  if (where) head.append(' ', lineButton(doc, where, goTo));
  if (finding.path) head.append(' ', element(doc, 'code', 'pg-path', finding.path));
  item.append(
    head,
    element(doc, 'p', 'pg-message', finding.message),
    element(doc, 'p', 'pg-hint', `Fix: ${finding.hint}`),
  );
  return item;
};

/** Shows the friction linter's findings (worst first, as `lintForm` orders them), or `reason` there are none to show. */
export const renderLint = (
  { list, summary }: LintParts,
  findings: readonly LintFinding[] | string,
  where: (path: string) => LineColumn | undefined = () => undefined,
  goTo: (at: LineColumn) => void = () => {},
): void => {
  const doc = list.ownerDocument;
  if (typeof findings === 'string') {
    summary.textContent = findings;
    list.replaceChildren();
    return;
  }
  summary.textContent = findings.length
    ? summarizeFindings(findings)
    : 'No findings: this ladder keeps to the rules.';
  list.replaceChildren(...findings.map((finding) => findingItem(doc, finding, where(finding.path), goTo)));
};
