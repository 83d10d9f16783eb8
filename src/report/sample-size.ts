import { Z_95 } from './compare-proportions';

/** z for power 0.8: the 0.8 quantile of the standard normal. */
const Z_POWER = 0.8416212335729143;

/**
 * The smallest lift worth planning for, relative to the baseline rate: below it, the sample is
 * planned for a 10% lift instead (an observed difference of 0 would otherwise need infinitely
 * many visitors).
 */
export const MIN_DETECTABLE_LIFT = 0.1;

/**
 * Visitors per variant to detect rates `p1` vs `p2` with a two-sided test at α = 0.05 and
 * power 0.8 (Fleiss, Statistical Methods for Rates and Proportions, without continuity
 * correction; the formula behind most online A/B calculators):
 *
 *   n = (z_{α/2} √(2 p̄ (1 − p̄)) + z_β √(p1 (1 − p1) + p2 (1 − p2)))² / (p1 − p2)²,  p̄ = (p1 + p2) / 2
 *
 * rounded up. `null` when the rates are equal.
 */
export const sampleSizePerVariant = (p1: number, p2: number): number | null => {
  if (p1 === p2) return null;
  const mean = (p1 + p2) / 2;
  const root = Z_95 * Math.sqrt(2 * mean * (1 - mean)) + Z_POWER * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil((root * root) / ((p1 - p2) * (p1 - p2)));
};

/**
 * The variant rate the sample is planned for: the observed one when it differs from the
 * baseline by at least `MIN_DETECTABLE_LIFT` (relative), else the baseline moved by that lift
 * in the observed direction (up when equal; down when up would pass 100%). `null` when the
 * baseline converted nobody and neither did the variant: there is nothing to plan from.
 */
export const plannedRate = (baseline: number, observed: number): number | null => {
  if (baseline === 0) return observed > 0 ? observed : null;
  if (Math.abs(observed - baseline) >= MIN_DETECTABLE_LIFT * baseline) return observed;
  const up = baseline * (1 + MIN_DETECTABLE_LIFT);
  const down = baseline * (1 - MIN_DETECTABLE_LIFT);
  return observed < baseline || up > 1 ? down : up;
};
