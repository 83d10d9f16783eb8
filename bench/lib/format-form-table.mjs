// The form bench's table for one CPU setting: each figure for the floor and for yesladder,
// and yesladder's as a ratio to the floor's, with the target and whether it is met.
import { markdownTable } from './markdown-table.mjs';
import { METRICS } from './metrics.mjs';

/** A figure in its unit: ms to 0.1, MB to 0.01, counts whole (or .5 for a median of two). */
export function formatValue(metric, value) {
  if (typeof value !== 'number' || Number.isNaN(value)) return '—';
  if (metric.unit === 'MB') return (value / metric.scale).toFixed(2);
  if (metric.unit === 'count') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  return value.toFixed(1);
}

const range = (metric, { median, min, max }) =>
  median === null
    ? '—'
    : `${formatValue(metric, median)} [${formatValue(metric, min)}–${formatValue(metric, max)}]`;

/** `a − b`, or null when either page has no such figure. */
const difference = (a, b) => (a === null || b === null ? null : a - b);

/** The target as a reader would say it. */
export function formatTarget(metric, target) {
  if (target.on === 'ratio') {
    return `≤ ${target.max.toFixed(2)}×${target.aim ? ` (aim ${target.aim.toFixed(2)}×)` : ''}`;
  }
  if (target.on === 'every') return `${target.max} in every sample`;
  return `≤ ${formatValue(metric, target.max)} ${metric.unit}`;
}

/**
 * @param {Record<string, any>} summary from summarizeSamples
 * @returns {string}
 */
export function formatFormTable(summary) {
  const rows = METRICS.map((metric) => {
    const figures = summary[metric.key];
    const ratio = figures.ratio === null ? '—' : `${figures.ratio.toFixed(2)}×`;
    const delta = difference(figures.yesladder.median, figures.plain.median);
    const sign = delta > 0 ? '+' : delta < 0 ? '−' : '';
    const target = figures.target ? formatTarget(metric, figures.target) : '';
    const aimed =
      figures.target?.aim !== undefined && figures.ratio !== null && figures.ratio <= figures.target.aim;
    const verdict = figures.target ? (figures.pass ? (aimed ? 'pass, aim met' : 'pass') : 'FAIL') : '';
    return [
      `${metric.label} (${metric.unit})`,
      range(metric, figures.plain),
      range(metric, figures.yesladder),
      ratio,
      delta === null ? '—' : `${sign}${formatValue(metric, Math.abs(delta))}`,
      target,
      verdict,
    ];
  });
  return markdownTable(
    ['Metric', 'Plain DOM (floor)', 'yesladder', '× floor', 'Δ floor', 'Target', ''],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'left', 'left'],
  );
}
