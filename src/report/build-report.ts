import { compareVariants } from './compare-variants';
import type { FunnelCounters, StepCounter, VariantCounter } from './funnel-counters';
import type { FormReport, InputSummary, Report, StepRow, VariantReport } from './types';

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

const stepRow = (stepId: string, step: StepCounter, visitors: number): StepRow => {
  // Never completed, and reached after a submission: the thanks step, nothing to convert. (Not
  // "only after": a form_submit lost from the log would turn one view into a "before".)
  const end = step.completions === 0 && step.viewsAfterSubmit > 0;
  const dropOff = end ? null : step.views - step.completions;
  return {
    stepId,
    index: step.index,
    end,
    views: step.views,
    completions: end ? null : step.completions,
    stepConversion: end ? null : ratio(step.completions, step.views),
    cumulativeConversion: end ? null : ratio(step.completions, visitors),
    dropOff,
    dropOffRate: dropOff === null ? null : ratio(dropOff, step.views),
    medianMs: step.time.quantile(0.5),
    p90Ms: step.time.quantile(0.9),
  };
};

/** Steps by their smallest step_index, then by first sighting; end steps last. */
const byPath = (a: [string, StepCounter], b: [string, StepCounter], endA: boolean, endB: boolean): number =>
  Number(endA) - Number(endB) || a[1].index - b[1].index || a[1].seen - b[1].seen;

const variantReport = (variant: string, counter: VariantCounter): VariantReport => {
  const rows = [...counter.steps].map((entry) => ({
    entry,
    row: stepRow(entry[0], entry[1], counter.visitors),
  }));
  rows.sort((a, b) => byPath(a.entry, b.entry, a.row.end, b.row.end));
  return {
    variant,
    visitors: counter.visitors,
    submissions: counter.submissions,
    conversion: ratio(counter.submissions, counter.visitors),
    leads: counter.leads,
    leadRate: ratio(counter.leads, counter.visitors),
    partialSessions: counter.partialSessions,
    steps: rows.map(({ row }) => row),
  };
};

/**
 * The baseline every other variant is compared with: the one named `control`, else the one
 * with the most visitors (ties: the first by name). Only variants with visitors take part.
 */
const pickBaseline = (variants: readonly VariantReport[]): VariantReport | undefined => {
  const candidates = variants.filter((v) => v.visitors > 0);
  return (
    candidates.find((v) => v.variant === 'control') ??
    [...candidates].sort((a, b) => b.visitors - a.visitors || (a.variant < b.variant ? -1 : 1))[0]
  );
};

const formReport = (formId: string, variants: Map<string, VariantCounter>): FormReport => {
  const reports = [...variants]
    .map(([name, counter]) => variantReport(name, counter))
    .sort((a, b) => (a.variant < b.variant ? -1 : a.variant > b.variant ? 1 : 0));
  const baseline = pickBaseline(reports);
  const others = reports.filter((v) => v !== baseline && v.visitors > 0);
  return {
    formId,
    baseline: baseline && others.length > 0 ? baseline.variant : null,
    variants: baseline ? [baseline, ...reports.filter((v) => v !== baseline)] : reports,
    comparisons: baseline ? others.map((v) => compareVariants(baseline, v)) : [],
  };
};

/** Turns the folded counters into the report: rows, rates, the baseline and the comparisons. */
export const buildReport = (
  counters: FunnelCounters,
  sessionWindowMs: number,
  input: InputSummary,
): Report => ({
  forms: [...counters.forms]
    .map(([formId, variants]) => formReport(formId, variants))
    .sort((a, b) => (a.formId < b.formId ? -1 : a.formId > b.formId ? 1 : 0)),
  input,
  sessionWindowMs,
});
