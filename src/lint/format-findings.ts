import type { Form } from '../schema/model';
import { type LintFinding, type LintSeverity, severities } from './lint-finding';

export interface FormatFindingsOptions {
  /** Wrap severities, places and hints in ANSI colours. @default false */
  readonly color?: boolean;
  /** The checked form, to name each step group by its id: `steps[1] "email"`. */
  readonly form?: Form;
}

type Paint = (text: string) => string;
const ansi =
  (code: string): Paint =>
  (text) =>
    `\u001b[${code}m${text}\u001b[0m`;
const plain: Paint = (text) => text;
const colours = { error: ansi('31'), warning: ansi('33'), info: ansi('34'), bold: ansi('1'), dim: ansi('2') };

const counted: Readonly<Record<LintSeverity, [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
};

/** `2 errors, 3 warnings, 1 info`; `no findings` when there are none. */
export const summarizeFindings = (findings: readonly LintFinding[]): string => {
  const parts = severities.flatMap((severity) => {
    const n = findings.filter((finding) => finding.severity === severity).length;
    return n ? [`${n} ${counted[severity][n === 1 ? 0 : 1]}`] : [];
  });
  return parts.join(', ') || 'no findings';
};

/** The step (or A/B arm's step) a path lies in, `steps[2]`, or `form` for the form's own options. */
const groupOf = (path: string): string => /^(variants\.[\w-]+\.)?steps\[\d+\]/.exec(path)?.[0] ?? 'form';

const label = (group: string, form: Form | undefined): string => {
  const [, arm, index] = /^(?:variants\.([\w-]+)\.)?steps\[(\d+)\]$/.exec(group) ?? [];
  const shown = arm === undefined ? form : form?.variants.find((v) => v.name === arm)?.form;
  const id = index === undefined ? undefined : shown?.steps[Number(index)]?.id;
  return id === undefined ? group : `${group} "${id}"`;
};

/** Form-level findings first, then by step, then each A/B arm's: the order a person meets them. */
const rank = (group: string): number[] => {
  const index = /steps\[(\d+)\]$/.exec(group)?.[1];
  return [group.startsWith('variants.') ? 2 : index === undefined ? 0 : 1, Number(index ?? 0)];
};

/**
 * Findings as a terminal shows them: grouped by step, worst first within a step, each with
 * its severity, rule id and path (when it is a field's), its message, and its fix; then the
 * summary line.
 */
export const formatFindings = (
  findings: readonly LintFinding[],
  options: FormatFindingsOptions = {},
): string => {
  const paint = options.color
    ? colours
    : { error: plain, warning: plain, info: plain, bold: plain, dim: plain };
  const groups = [...new Set(findings.map((finding) => groupOf(finding.path)))].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return (ra[0] ?? 0) - (rb[0] ?? 0) || (ra[1] ?? 0) - (rb[1] ?? 0) || a.localeCompare(b);
  });
  const blocks = groups.map((group) =>
    [
      paint.bold(label(group, options.form)),
      ...findings
        .filter((finding) => groupOf(finding.path) === group)
        .flatMap((finding) => [
          `  ${paint[finding.severity](finding.severity.padEnd(7))}  ${finding.rule}${finding.path === group ? '' : `  ${paint.dim(finding.path)}`}`,
          `           ${finding.message}`,
          `           ${paint.dim(`fix: ${finding.hint}`)}`,
        ]),
    ].join('\n'),
  );
  const errors = findings.some((finding) => finding.severity === 'error');
  const warnings = findings.some((finding) => finding.severity === 'warning');
  const summary = summarizeFindings(findings);
  const paintSummary = errors ? paint.error : warnings ? paint.warning : plain;
  return [...blocks, paintSummary(summary)].join('\n\n');
};
