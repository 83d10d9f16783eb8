import { formatCount, formatDuration, formatPercent } from './format-number';
import type { StepRow } from './types';

/**
 * One step's figures as the text and the HTML tables both print them, after the step id:
 * views, completed (`end` for the thanks step), step conversion, cumulative conversion,
 * drop-off with its share, median and p90 time on the step (`—` where there is none).
 */
export const stepCells = (step: StepRow): string[] => [
  formatCount(step.views),
  step.completions === null ? 'end' : formatCount(step.completions),
  formatPercent(step.stepConversion),
  formatPercent(step.cumulativeConversion),
  step.dropOff === null ? '—' : `${formatCount(step.dropOff)} (${formatPercent(step.dropOffRate)})`,
  formatDuration(step.medianMs),
  formatDuration(step.p90Ms),
];
