import { describeInput } from './describe-input';
import {
  formatCount,
  formatCountOf,
  formatDifference,
  formatLift,
  formatP,
  formatPercent,
} from './format-number';
import { stepCells } from './step-cells';
import { plain, type TextColumn, textTable } from './text-table';
import type { Comparison, FormReport, Report, VariantReport, VerdictKind } from './types';

/** Options of `formatReport`. */
export interface FormatReportOptions {
  /** Colour and bold with ANSI codes, for a terminal. @default false */
  readonly color?: boolean;
}

const ansi = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const styles = {
  bold: ansi('1'),
  dim: ansi('2'),
  green: ansi('32'),
  red: ansi('31'),
  yellow: ansi('33'),
};
type Style = keyof typeof styles;

const columns: TextColumn[] = [
  { heading: 'step', align: 'left' },
  { heading: 'views', align: 'right' },
  { heading: 'completed', align: 'right' },
  { heading: 'step conv.', align: 'right' },
  { heading: 'cumulative', align: 'right' },
  { heading: 'drop-off', align: 'right' },
  { heading: 'median', align: 'right' },
  { heading: 'p90', align: 'right' },
];

const verdictStyle: Record<VerdictKind, Style> = {
  better: 'green',
  worse: 'red',
  not_enough_data: 'yellow',
  no_difference: 'bold',
};

const variantSection = (variant: VariantReport, baseline: string | null, paint: Painter): string[] => {
  const title = `${plain(variant.variant)}${variant.variant === baseline ? ' (baseline)' : ''}`;
  const summary =
    `${formatCountOf(variant.visitors, 'visitor', 'visitors')}, ${formatCount(variant.submissions)} submitted ` +
    `(${formatPercent(variant.conversion)}), ${formatCountOf(variant.leads, 'lead', 'leads')} (${formatPercent(variant.leadRate)})`;
  const rows = variant.steps.map((step) => [plain(step.stepId), ...stepCells(step)]);
  const table = textTable(columns, rows, (text, row) =>
    row === -1
      ? paint('bold', text)
      : text.trim() === '—' || text.trim() === 'end'
        ? paint('dim', text)
        : text,
  );
  return [`${paint('bold', title)}: ${summary}`, ...table.map((line) => `  ${line}`)];
};

const comparisonLines = (c: Comparison, paint: Painter): string[] => {
  const lift =
    c.relativeLift === null
      ? ''
      : `, ${formatLift(c.relativeLift)} ${c.relativeLift >= 0 ? 'better' : 'worse'}`;
  const test = c.pValue === null || c.z === null ? '' : `, z = ${c.z.toFixed(2)}, p ${formatP(c.pValue)}`;
  return [
    `${plain(c.variant)} vs ${plain(c.baseline)}: ${formatDifference(c.difference, c.ci)}${lift}${test}`,
    `  → ${paint(verdictStyle[c.verdict], plain(c.text, 200))}`,
  ];
};

type Painter = (style: Style, text: string) => string;

const formSection = (form: FormReport, paint: Painter): string[] => {
  const heading = `Form ${plain(form.formId)}`;
  const lines = [paint('bold', heading), '─'.repeat([...heading].length), ''];
  for (const variant of form.variants) lines.push(...variantSection(variant, form.baseline, paint), '');
  for (const comparison of form.comparisons) lines.push(...comparisonLines(comparison, paint), '');
  if (form.comparisons.length === 0 && form.variants.length === 1)
    lines.push(paint('dim', 'One variant: nothing to compare.'), '');
  return lines;
};

/**
 * The report as text for a terminal: per form, per variant, a table of steps (views,
 * completions, step and cumulative conversion, drop-off, median and p90 time on step), then
 * each variant against the baseline and the verdict, then what was skipped while reading.
 */
export const formatReport = (report: Report, options: FormatReportOptions = {}): string => {
  const paint: Painter = options.color ? (style, text) => styles[style](text) : (_, text) => text;
  const { summary, warnings } = describeInput(report);
  const lines = [paint('bold', 'yesladder funnel report'), summary, ''];
  if (report.forms.length === 0) lines.push('No form events to report.', '');
  for (const form of report.forms) lines.push(...formSection(form, paint));
  if (warnings.length > 0) {
    lines.push(paint('yellow', 'Warnings'));
    for (const warning of warnings) lines.push(`  ${plain(warning, 300)}`);
    lines.push('');
  }
  return lines.join('\n');
};
