// Medians and ranges of samples.

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Median, smallest and largest of `values`, leaving out nulls (a figure the page has not, such
 * as the runtime's evaluation on a page without one); all null when no value is left.
 * @param {(number | null)[]} values
 * @returns {{ median: number | null, min: number | null, max: number | null }}
 */
export function summarize(values) {
  const measured = values.filter((value) => typeof value === 'number');
  if (measured.length === 0) return { median: null, min: null, max: null };
  return { median: median(measured), min: Math.min(...measured), max: Math.max(...measured) };
}

/** `a / b`, or null when `b` is 0 or either is missing (a ratio to nothing means nothing). */
export function ratio(a, b) {
  return typeof a !== 'number' || typeof b !== 'number' || b === 0 ? null : a / b;
}
