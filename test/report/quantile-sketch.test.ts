import { expect, test } from 'vitest';
import { createQuantileSketch } from '../../src/report/quantile-sketch';

/** R's type 7 on sorted values: what the sketch must match exactly while small. */
const exact = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const low = Math.floor(h);
  return (
    (sorted[low] as number) +
    (h - low) * ((sorted[Math.min(low + 1, sorted.length - 1)] as number) - (sorted[low] as number))
  );
};

/** A fixed pseudo-random stream (mulberry32), so the test is the same every run. */
const stream = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

test('gives exact R type-7 quantiles up to 256 values', () => {
  const sketch = createQuantileSketch();
  for (const v of [20_000, 30_000, 40_000, 50_000, 60_000]) sketch.add(v);
  expect([sketch.quantile(0.5), sketch.quantile(0.9)]).toEqual([40_000, 56_000]);
  const random = stream(7);
  const values = Array.from({ length: 256 }, () => Math.round(random() * 100_000));
  const full = createQuantileSketch();
  for (const v of values) full.add(v);
  for (const q of [0, 0.1, 0.5, 0.9, 0.99, 1]) expect(full.quantile(q)).toBe(exact(values, q));
});

test('stays within 1% of the true value past 256 values, on a skewed (log-normal) stream', () => {
  const random = stream(42);
  const values = Array.from({ length: 100_000 }, () => {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.round(12_000 * Math.exp(0.8 * normal));
  });
  const sketch = createQuantileSketch();
  for (const v of values) sketch.add(v);
  const sorted = [...values].sort((a, b) => a - b);
  for (const q of [0.01, 0.1, 0.5, 0.9, 0.99]) {
    const truth = sorted[Math.floor(q * (sorted.length - 1))] as number;
    expect(Math.abs((sketch.quantile(q) as number) - truth) / truth).toBeLessThan(0.0101);
  }
  expect(sketch.count).toBe(100_000);
});

test('answers null when empty, and 0 for zero durations', () => {
  const sketch = createQuantileSketch();
  expect(sketch.quantile(0.5)).toBeNull();
  for (let i = 0; i < 300; i++) sketch.add(0);
  sketch.add(5000);
  expect(sketch.quantile(0.5)).toBe(0);
});

test('ignores values that are not durations', () => {
  const sketch = createQuantileSketch();
  for (const v of [Number.NaN, -1, 1000]) sketch.add(v);
  expect([sketch.count, sketch.quantile(0.5)]).toEqual([1, 1000]);
});
