import { twoSidedP } from './erfc';

/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal. */
export const Z_95 = 1.959963984540054;

/** Conversions out of visitors. */
export interface Proportion {
  readonly successes: number;
  readonly trials: number;
}

/** How two proportions differ: `b − a`, b being the variant and a the baseline. */
export interface ProportionDifference {
  readonly difference: number;
  readonly ci: readonly [number, number];
  readonly relativeLift: number | null;
  readonly z: number | null;
  readonly pValue: number | null;
}

/** Wilson's score interval for one proportion, 95%, no continuity correction. */
const wilson = ({ successes, trials }: Proportion): [number, number] => {
  const p = successes / trials;
  const z2 = Z_95 * Z_95;
  const centre = p + z2 / (2 * trials);
  const spread = Z_95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const scale = 1 + z2 / trials;
  return [(centre - spread) / scale, (centre + spread) / scale];
};

/**
 * Compares variant `b` with baseline `a` (both need at least one trial):
 * - the difference b − a with its 95% interval by Newcombe's hybrid score method (Newcombe
 *   1998, method 10: Wilson intervals of each rate, combined). Unlike the Wald interval it
 *   stays inside [−1, 1] and keeps its coverage at the small rates and samples of a young test;
 * - the pooled two-proportion z-test, two-sided: z = (p_b − p_a) / √(p̄(1 − p̄)(1/n_a + 1/n_b)),
 *   p̄ the pooled rate. Its p-value is that of R's `prop.test(x, n, correct = FALSE)`, whose
 *   chi-square statistic is z²;
 * - the relative lift (p_b − p_a) / p_a.
 */
export const compareProportions = (a: Proportion, b: Proportion): ProportionDifference => {
  const pa = a.successes / a.trials;
  const pb = b.successes / b.trials;
  const difference = pb - pa;
  const [la, ua] = wilson(a);
  const [lb, ub] = wilson(b);
  const ci: [number, number] = [
    difference - Math.sqrt((pb - lb) ** 2 + (ua - pa) ** 2),
    difference + Math.sqrt((ub - pb) ** 2 + (pa - la) ** 2),
  ];
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  // Nobody (or everybody) converted on either side: no spread, no test.
  const z = se > 0 ? difference / se : null;
  return {
    difference,
    ci,
    relativeLift: pa > 0 ? difference / pa : null,
    z,
    pValue: z === null ? null : twoSidedP(z),
  };
};
