// Medians and ranges of samples.

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Median, smallest and largest of `values`.
 * @param {number[]} values
 * @returns {{ median: number, min: number, max: number }}
 */
export function summarize(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** `a / b`, or null when `b` is 0 (a ratio to nothing means nothing). */
export function ratio(a, b) {
  return b === 0 ? null : a / b;
}
