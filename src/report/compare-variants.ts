import { compareProportions } from './compare-proportions';
import { formatCount, formatLift, formatP, roundUpForAbout } from './format-number';
import { plannedRate, sampleSizePerVariant } from './sample-size';
import type { Comparison, VariantReport, VerdictKind } from './types';

/** Significance level of the verdict (two-sided). */
export const ALPHA = 0.05;

const verdictOf = (
  variant: string,
  baseline: string,
  result: ReturnType<typeof compareProportions>,
  moreNeeded: number | null,
): { verdict: VerdictKind; text: string } => {
  const { pValue, relativeLift, difference } = result;
  if (pValue === null) {
    return difference === 0 && moreNeeded === null
      ? { verdict: 'not_enough_data', text: 'not enough data yet: no conversions in either variant' }
      : {
          verdict: 'no_difference',
          text: `no difference: every visitor converted in ${variant} and ${baseline}`,
        };
  }
  if (moreNeeded === null || moreNeeded > 0)
    return {
      verdict: 'not_enough_data',
      text: `not enough data yet: need about ${formatCount(roundUpForAbout(moreNeeded ?? 0))} more visitors per variant`,
    };
  if (pValue >= ALPHA)
    return {
      verdict: 'no_difference',
      text: `no clear difference between ${variant} and ${baseline} (p ${formatP(pValue)})`,
    };
  const better = difference > 0;
  const how =
    relativeLift === null
      ? better
        ? 'better'
        : 'worse'
      : `${formatLift(relativeLift)} ${better ? 'better' : 'worse'}`;
  return {
    verdict: better ? 'better' : 'worse',
    text: `${variant} converts ${how} than ${baseline} (p ${formatP(pValue)})`,
  };
};

/**
 * Compares a variant's conversion (submissions / visitors) with the baseline's and words the
 * verdict. A difference is called only when it is significant (p < 0.05) AND each variant has
 * the visitors the power calculation asks for: checking a young test every day and stopping at
 * the first p < 0.05 finds "winners" that are noise, so until the planned sample is reached the
 * verdict is "not enough data yet", however small p is.
 *
 * The plan: the sample size per variant (α = 0.05 two-sided, power 0.8) for the observed
 * difference, or for a 10% relative lift when the observed one is smaller (`plannedRate`).
 * "About N more" is that size minus the smaller variant's visitors, rounded up to 2 significant figures.
 */
export const compareVariants = (baseline: VariantReport, variant: VariantReport): Comparison => {
  const a = { successes: baseline.submissions, trials: baseline.visitors };
  const b = { successes: variant.submissions, trials: variant.visitors };
  const result = compareProportions(a, b);
  const pa = a.successes / a.trials;
  const planned = plannedRate(pa, b.successes / b.trials);
  const requiredPerVariant = planned === null ? null : sampleSizePerVariant(pa, planned);
  const moreNeeded =
    requiredPerVariant === null ? null : Math.max(0, requiredPerVariant - Math.min(a.trials, b.trials));
  return {
    variant: variant.variant,
    baseline: baseline.variant,
    difference: result.difference,
    ci: result.ci,
    relativeLift: result.relativeLift,
    z: result.z,
    pValue: result.pValue,
    plannedDifference: planned === null ? null : planned - pa,
    requiredPerVariant,
    moreNeeded,
    ...verdictOf(variant.variant, baseline.variant, result, moreNeeded),
  };
};
