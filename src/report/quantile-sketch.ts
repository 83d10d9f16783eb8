/** Values kept as they are before the sketch switches to buckets. */
const EXACT_UP_TO = 256;
/** Bucket i holds (GAMMA^(i−1), GAMMA^i]; its middle is within (GAMMA−1)/(GAMMA+1) ≈ 1% of any value in it. */
const GAMMA = 1.02;
const LOG_GAMMA = Math.log(GAMMA);
/** Nothing in a form takes longer than a year; longer values are counted as a year. */
const MAX_VALUE = 365 * 24 * 3600 * 1000;

/** Quantiles of a stream of values ≥ 0, in memory that does not grow with the stream. */
export interface QuantileSketch {
  add(value: number): void;
  readonly count: number;
  /**
   * The q-quantile (0 ≤ q ≤ 1), `null` when empty. Exact (R's default, type 7: linear
   * interpolation between order statistics) up to 256 values; past that within 1% of a value
   * at that rank.
   */
  quantile(q: number): number | null;
}

const bucketOf = (value: number): number => Math.ceil(Math.log(value) / LOG_GAMMA);
/** The value in the middle of bucket i, in relative terms: 2γ^i / (γ + 1). */
const middleOf = (bucket: number): number => (2 * GAMMA ** bucket) / (GAMMA + 1);

const exactQuantile = (sorted: readonly number[], q: number): number => {
  const h = (sorted.length - 1) * q;
  const low = Math.floor(h);
  const below = sorted[low] as number;
  const above = sorted[Math.min(low + 1, sorted.length - 1)] as number;
  return below + (h - low) * (above - below);
};

/**
 * Keeps the first 256 values as they are, so small reports (and hand-checked tests) show exact
 * medians. Past that it folds them into log-spaced buckets 2% wide, as DDSketch does
 * (Masson et al., VLDB 2019): a duration of 1 ms to a year fits in ~1,200 buckets at most, and
 * an answer is within 1% relative error of a true value at that rank.
 */
export const createQuantileSketch = (): QuantileSketch => {
  let exact: number[] | undefined = [];
  const buckets = new Map<number, number>();
  let zeros = 0;
  let count = 0;

  const fold = (value: number): void => {
    if (value <= 0) zeros += 1;
    else {
      const bucket = bucketOf(Math.min(value, MAX_VALUE));
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    }
  };

  return {
    add(value) {
      if (!(value >= 0)) return;
      count += 1;
      if (exact) {
        exact.push(value);
        if (exact.length <= EXACT_UP_TO) return;
        for (const kept of exact) fold(kept);
        exact = undefined;
        return;
      }
      fold(value);
    },
    get count() {
      return count;
    },
    quantile(q) {
      if (count === 0) return null;
      if (exact)
        return exactQuantile(
          [...exact].sort((a, b) => a - b),
          q,
        );
      // The value of rank ⌊q(n−1)⌋ (0-based), read from its bucket.
      let rank = Math.floor(q * (count - 1));
      if (rank < zeros) return 0;
      rank -= zeros;
      for (const bucket of [...buckets.keys()].sort((a, b) => a - b)) {
        rank -= buckets.get(bucket) as number;
        if (rank < 0) return middleOf(bucket);
      }
      return MAX_VALUE;
    },
  };
};
