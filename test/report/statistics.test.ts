import { expect, test } from 'vitest';
import { compareProportions } from '../../src/report/compare-proportions';
import { erfc, twoSidedP } from '../../src/report/erfc';
import { reportFromLines } from '../../src/report/report-from-lines';
import { plannedRate, sampleSizePerVariant } from '../../src/report/sample-size';
import { conversions, formOf } from './fixture';

const lines = (...events: object[][]) => events.flat().map((e) => JSON.stringify(e));

test('erfc matches the C library (Python math.erfc) to 1e-15, far into the tail', () => {
  const known: [number, number][] = [
    [0, 1],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047265],
    [3, 2.2090496998585438e-5],
    [5, 1.5374597944280351e-12],
    [10, 2.088487583762545e-45],
    [-1, 1.842700792949715],
  ];
  for (const [x, value] of known) expect(Math.abs(erfc(x) - value) / value).toBeLessThan(1e-15);
});

test('turns z into a two-sided p-value: 1.96 → 0.05, 2.5758 → 0.01', () => {
  expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 12);
  expect(twoSidedP(-2.5758293035489)).toBeCloseTo(0.01, 12);
  expect(twoSidedP(0)).toBe(1);
});

test("reproduces Newcombe's published interval for 56/70 − 48/80: 0.0524 to 0.3339", () => {
  // Newcombe (1998), Statistics in Medicine 17:873, Table II, example (a), method 10.
  const { difference, ci } = compareProportions({ successes: 48, trials: 80 }, { successes: 56, trials: 70 });
  expect(difference).toBeCloseTo(0.2, 12);
  expect(ci[0]).toBeCloseTo(0.0524, 4);
  expect(ci[1]).toBeCloseTo(0.3339, 4);
});

test("keeps an interval with no conversions at all: Newcombe's 0/10 − 0/20 is −0.1611 to 0.2775", () => {
  // Table II, example (h), method 10 (there 0/10 − 0/20; here the variant is the 0/20).
  const result = compareProportions({ successes: 0, trials: 20 }, { successes: 0, trials: 10 });
  expect(result.ci[0]).toBeCloseTo(-0.1611, 4);
  expect(result.ci[1]).toBeCloseTo(0.2775, 4);
  expect([result.z, result.pValue, result.relativeLift]).toEqual([null, null, null]);
});

test('computes the pooled z-test as R prop.test(correct = FALSE) does', () => {
  // prop.test(c(150, 100), c(1000, 1000), correct = FALSE): X-squared = 11.429, p-value = 0.0007232.
  // By hand: p̄ = 250/2000 = 0.125, SE = √(0.125 × 0.875 × 2/1000) = 0.0147902, z = 0.05/SE = 3.38062.
  const { z, pValue, relativeLift } = compareProportions(
    { successes: 100, trials: 1000 },
    { successes: 150, trials: 1000 },
  );
  expect(z).toBeCloseTo(3.38062, 5);
  expect((z ?? 0) ** 2).toBeCloseTo(11.429, 3);
  expect(pValue).toBeCloseTo(0.0007232, 7);
  expect(relativeLift).toBeCloseTo(0.5, 12);
});

test('sizes the sample per variant with the standard formula', () => {
  // 10% vs 15%: p̄ = 0.125; (1.959964 √0.21875 + 0.841621 √(0.09 + 0.1275))² / 0.05²
  // = (0.916688 + 0.392506)² / 0.0025 = 685.6 → 686. (G*Power and most online calculators agree.)
  expect(sampleSizePerVariant(0.1, 0.15)).toBe(686);
  // 20% vs 30%: (1.200227 + 0.511938)² / 0.01 = 293.15 → 294.
  expect(sampleSizePerVariant(0.2, 0.3)).toBe(294);
  expect(sampleSizePerVariant(0.2, 0.2)).toBeNull();
});

test('plans for a 10% relative lift when the observed difference is smaller', () => {
  expect(plannedRate(0.2, 0.3)).toBe(0.3);
  expect(plannedRate(0.2, 0.2)).toBeCloseTo(0.22, 12);
  expect(plannedRate(0.2, 0.19)).toBeCloseTo(0.18, 12);
  expect(plannedRate(0.95, 0.95)).toBeCloseTo(0.855, 12); // up would pass 100%
  expect(plannedRate(0, 0)).toBeNull();
});

test('calls a significant win once each variant has the planned sample', async () => {
  // control 100/1000 (10%), twostep 150/1000 (15%): p = 0.00072 < 0.05, and 1000 ≥ the 686 planned.
  const report = await reportFromLines(
    lines(conversions('guide', 'control', 1000, 100), conversions('guide', 'twostep', 1000, 150)),
  );
  const [comparison] = formOf(report.forms, 'guide').comparisons;
  expect(comparison).toMatchObject({ verdict: 'better', requiredPerVariant: 686, moreNeeded: 0 });
  expect(comparison?.text).toBe('twostep converts 50% better than control (p < 0.001)');
});

test('calls a loss the same way', async () => {
  const report = await reportFromLines(
    lines(conversions('guide', 'control', 1000, 150), conversions('guide', 'twostep', 1000, 100)),
  );
  expect(formOf(report.forms, 'guide').comparisons[0]?.text).toBe(
    'twostep converts 33% worse than control (p < 0.001)',
  );
});

test('waits for the planned sample even when p < 0.05 comes early', async () => {
  // 20/100 vs 34/100: p̄ = 0.27, z = 0.14 / √(0.27 × 0.73 × 0.02) = 2.2298, p = 0.0258; but
  // 0.2 vs 0.34 needs (1.959964 √(2 × 0.27 × 0.73) + 0.841621 √(0.16 + 0.2244))² / 0.14² = 156.7 → 157.
  const report = await reportFromLines(
    lines(conversions('guide', 'control', 100, 20), conversions('guide', 'twostep', 100, 34)),
  );
  const [comparison] = formOf(report.forms, 'guide').comparisons;
  expect(comparison?.pValue).toBeLessThan(0.05);
  expect(comparison).toMatchObject({ verdict: 'not_enough_data', requiredPerVariant: 157, moreNeeded: 57 });
  expect(comparison?.text).toBe('not enough data yet: need about 57 more visitors per variant');
});

test('finds no clear difference when the sample is planned and p stays high', async () => {
  // 1400/7000 vs 1450/7000: lift 3.6% < 10%, so planned for 20% vs 22% → 6,509.5 → 6,510 per
  // variant, which 7,000 passes; p̄ = 2850/14000, z = 0.00714 / 0.00681 = 1.0495, p = 0.294.
  const report = await reportFromLines(
    lines(conversions('guide', 'control', 7000, 1400), conversions('guide', 'twostep', 7000, 1450)),
  );
  const [comparison] = formOf(report.forms, 'guide').comparisons;
  expect(comparison).toMatchObject({ verdict: 'no_difference', requiredPerVariant: 6510, moreNeeded: 0 });
  expect(comparison?.text).toBe('no clear difference between twostep and control (p = 0.29)');
});

test('takes the variant named control as baseline, else the one with the most visitors', async () => {
  const withControl = await reportFromLines(
    lines(conversions('guide', 'big', 30, 3), conversions('guide', 'control', 10, 1)),
  );
  expect(formOf(withControl.forms, 'guide').baseline).toBe('control');
  const without = await reportFromLines(
    lines(conversions('guide', 'a', 10, 1), conversions('guide', 'b', 30, 3)),
  );
  expect(formOf(without.forms, 'guide').baseline).toBe('b');
  expect(formOf(without.forms, 'guide').variants.map((v) => v.variant)).toEqual(['b', 'a']);
});
