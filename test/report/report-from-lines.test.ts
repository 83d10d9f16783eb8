import { expect, test } from 'vitest';
import { reportFromLines } from '../../src/report/report-from-lines';
import { formOf, smallFixtureLines, smallReport, variantOf } from './fixture';

/*
 * Hand check of test/fixtures/report/ab-small.jsonl (136 lines; form free-guide, A/B, and form
 * newsletter, one variant). Counts are sessions; I counted them from the file, session by session.
 *
 * control (one page: form → thanks), sessions c1…c10, all with a form_view:
 *   c1–c4 complete `form` in 30, 40, 50, 60 s, lead_capture, form_submit, view thanks.
 *   c5 completes `form` in 20 s, lead_capture, then submit_error: no form_submit.
 *   c6 abandons; c7 reloads and views `form` again `restored: true` (same session), abandons;
 *   c8 has a field_invalid and abandons; c9, c10 leave silently.
 *   visitors 10, submitted 4 → 40%; leads 5 → 50%.
 *   form: views 10 (c7's second view is not a second session), completed 5 → 50%, cumulative
 *   5/10 = 50%, drop-off 10 − 5 = 5 (50%). Time: 20, 30, 40, 50, 60 s → median 40 s; p90 by
 *   R's type 7: h = (5 − 1) × 0.9 = 3.6 → 50 + 0.6 × (60 − 50) = 56 s.
 *   thanks: viewed by 4 sessions, only after their form_submit, never completed → an end row.
 *
 * twostep (start → email → about → thanks), sessions t1…t10, all with a form_view:
 *   start: completed by t1–t8 in 1…8 s; t2 went back from email to start and completed it again
 *     in 0.5 s, so t2's time on start is 2 + 0.5 = 2.5 s. views 10, completed 8 → 80%,
 *     cumulative 80%, drop-off 2 (20%). Times 1, 2.5, 3, 4, 5, 6, 7, 8 s → median (4 + 5) / 2 =
 *     4.5 s; p90: h = 7 × 0.9 = 6.3 → 7 + 0.3 × (8 − 7) = 7.3 s.
 *   email: viewed by t1–t8 (t2 twice, t4 again after a reload, restored), completed by t1–t6 in
 *     10, 12, 14, 16, 18, 20 s → 6/8 = 75%, cumulative 60%, drop-off 2 (25%); median (14 + 16) / 2
 *     = 15 s; p90: h = 5 × 0.9 = 4.5 → 18 + 0.5 × 2 = 19 s.
 *   about: viewed by t1–t6, completed by t1–t5 in 20, 25, 30, 35, 40 s → 5/6 = 83.3%, cumulative
 *     50%, drop-off 1 (16.7%); median 30 s; p90: h = 3.6 → 35 + 0.6 × 5 = 38 s.
 *   t3's 14 events are in the file in reverse order: counted the same.
 *   thanks: 5. visitors 10, submitted 5 → 50%; leads (lead_capture on email) 6 → 60%.
 *
 * Fewer than 256 times per step: the quantile sketch is exact here, so the sketch's answers
 * equal the hand-computed ones above to the millisecond.
 *
 * twostep vs control: 5/10 vs 4/10. difference +0.1; lift 0.1 / 0.4 = 25%.
 *   pooled p̄ = 9/20 = 0.45; SE = √(0.45 × 0.55 × (1/10 + 1/10)) = √0.0495 = 0.222486;
 *   z = 0.1 / 0.222486 = 0.449467; two-sided p = 2 (1 − Φ(0.4495)) = 0.6531
 *   (R: prop.test(c(5, 4), c(10, 10), correct = FALSE) → X-squared = 0.20202, p-value = 0.6531).
 *   Newcombe 95% CI: Wilson(4/10) = [0.16818, 0.68733], Wilson(5/10) = [0.23659, 0.76341];
 *   low = 0.1 − √((0.5 − 0.23659)² + (0.68733 − 0.4)²) = −0.28979,
 *   high = 0.1 + √((0.76341 − 0.5)² + (0.4 − 0.16818)²) = 0.45089.
 *   Power (lift 25% ≥ the 10% minimum, so planned for 0.4 vs 0.5): p̄ = 0.45;
 *   n = (1.959964 √(2 × 0.45 × 0.55) + 0.841621 √(0.4 × 0.6 + 0.5 × 0.5))² / 0.1²
 *     = (1.378956 + 0.589135)² / 0.01 = 387.34 → 388; more = 388 − 10 = 378 → "about 380".
 *
 * newsletter (default): 3 visitors; n1 completes email in 9 s and submits, n2 abandons, n3 leaves.
 *
 * Skipped: line 63 blank, line 64 cut mid-JSON (malformed), line 109 {"hello":"world"} (not an
 * event), line 110 "cta_clicked" (another name). Events counted: 136 − 4 = 132.
 */

test('counts views and completions per step in sessions, as checked by hand', async () => {
  const report = await smallReport();
  const form = formOf(report.forms, 'free-guide');
  const rows = (name: string) =>
    variantOf(form, name).steps.map((s) => [s.stepId, s.views, s.completions, s.dropOff]);
  expect(rows('control')).toEqual([
    ['form', 10, 5, 5],
    ['thanks', 4, null, null],
  ]);
  expect(rows('twostep')).toEqual([
    ['start', 10, 8, 2],
    ['email', 8, 6, 2],
    ['about', 6, 5, 1],
    ['thanks', 5, null, null],
  ]);
});

test('computes step and cumulative conversion and drop-off rates, as checked by hand', async () => {
  const twostep = variantOf(formOf((await smallReport()).forms, 'free-guide'), 'twostep');
  expect(twostep.steps.map((s) => [s.stepConversion, s.cumulativeConversion, s.dropOffRate])).toEqual([
    [0.8, 0.8, 0.2],
    [0.75, 0.6, 0.25],
    [5 / 6, 0.5, 1 / 6],
    [null, null, null],
  ]);
  expect(twostep.steps[3]?.end).toBe(true);
});

test('gives the variant conversion and lead rate over sessions with a form_view', async () => {
  const form = formOf((await smallReport()).forms, 'free-guide');
  const summary = (name: string) => {
    const { visitors, submissions, conversion, leads, leadRate, partialSessions } = variantOf(form, name);
    return { visitors, submissions, conversion, leads, leadRate, partialSessions };
  };
  expect(summary('control')).toEqual({
    visitors: 10,
    submissions: 4,
    conversion: 0.4,
    leads: 5,
    leadRate: 0.5,
    partialSessions: 0,
  });
  expect(summary('twostep')).toEqual({
    visitors: 10,
    submissions: 5,
    conversion: 0.5,
    leads: 6,
    leadRate: 0.6,
    partialSessions: 0,
  });
});

test('gives the exact median and p90 time on step on a small file', async () => {
  const form = formOf((await smallReport()).forms, 'free-guide');
  const times = (name: string) => variantOf(form, name).steps.map((s) => [s.medianMs, s.p90Ms]);
  expect(times('control')).toEqual([
    [40_000, 56_000],
    [null, null],
  ]);
  // start includes t2's second completion after going back: 2 s + 0.5 s.
  expect(times('twostep')).toEqual([
    [4_500, 7_300],
    [15_000, 19_000],
    [30_000, 38_000],
    [null, null],
  ]);
});

test('does not count a step twice for a session that went back or restored a draft', async () => {
  const lines = smallFixtureLines();
  const t2 = lines.filter((l) => l.includes('"session_id":"t2"') && l.includes('"name":"step_view"'));
  const t4 = lines.filter((l) => l.includes('"session_id":"t4"') && l.includes('"name":"form_view"'));
  expect(t2.filter((l) => l.includes('"step_id":"start"'))).toHaveLength(2);
  expect(t4).toHaveLength(2);
  // Still 10 visitors and 10 sessions at start, 8 at email.
  const twostep = variantOf(formOf((await smallReport()).forms, 'free-guide'), 'twostep');
  expect([twostep.visitors, twostep.steps[0]?.views, twostep.steps[1]?.views]).toEqual([10, 10, 8]);
});

test('counts a session the same whatever order its events arrive in', async () => {
  const lines = smallFixtureLines();
  const t3 = lines.filter((l) => l.includes('"session_id":"t3"'));
  expect(JSON.parse(t3[0] as string).name).toBe('step_view'); // thanks, the last event, comes first
  const inOrder = [...lines.filter((l) => !l.includes('"session_id":"t3"')), ...[...t3].reverse()];
  expect(await reportFromLines(inOrder)).toEqual({
    ...(await smallReport()),
    input: expect.anything(),
  });
});

test('skips blank, malformed and foreign lines, counting them with their line numbers', async () => {
  const { input } = await smallReport();
  expect(input).toMatchObject({
    lines: 136,
    events: 132,
    blankLines: 1,
    malformed: { count: 1, firstLines: [64] },
    invalid: { count: 1, firstLines: [109] },
    otherNames: { count: 1, names: ['cta_clicked'] },
  });
});

test('reports each form in the file apart, and no comparison for a form with one variant', async () => {
  const report = await smallReport();
  expect(report.forms.map((f) => f.formId)).toEqual(['free-guide', 'newsletter']);
  const newsletter = formOf(report.forms, 'newsletter');
  expect(newsletter.baseline).toBeNull();
  expect(newsletter.comparisons).toEqual([]);
  expect(newsletter.variants.map((v) => [v.variant, v.visitors, v.submissions])).toEqual([['default', 3, 1]]);
});

test('keeps to one form with the form option and tallies the others', async () => {
  const report = await reportFromLines(smallFixtureLines(), { form: 'newsletter' });
  expect(report.forms.map((f) => f.formId)).toEqual(['newsletter']);
  // 132 events, 11 of them newsletter's (n1: 6, n2: 3, n3: 2).
  expect(report.input.otherForms).toEqual({ count: 121, formIds: ['free-guide'] });
});

test('compares twostep with control: difference, Newcombe interval, z, p and the sample size', async () => {
  const [comparison] = formOf((await smallReport()).forms, 'free-guide').comparisons;
  expect(comparison).toMatchObject({ variant: 'twostep', baseline: 'control', requiredPerVariant: 388 });
  expect(comparison?.difference).toBeCloseTo(0.1, 12);
  expect(comparison?.relativeLift).toBeCloseTo(0.25, 12);
  expect(comparison?.ci[0]).toBeCloseTo(-0.28979, 5);
  expect(comparison?.ci[1]).toBeCloseTo(0.45089, 5);
  expect(comparison?.z).toBeCloseTo(0.449467, 6);
  expect(comparison?.pValue).toBeCloseTo(0.6531, 4);
  expect(comparison?.moreNeeded).toBe(378);
});

test('says there is not enough data yet, with the visitors still needed', async () => {
  const [comparison] = formOf((await smallReport()).forms, 'free-guide').comparisons;
  expect(comparison?.verdict).toBe('not_enough_data');
  expect(comparison?.text).toBe('not enough data yet: need about 380 more visitors per variant');
});

test('reports progress every so many lines, and once at the end', async () => {
  const seen: number[] = [];
  await reportFromLines(smallFixtureLines(), { progressEvery: 50, onProgress: (p) => seen.push(p.lines) });
  expect(seen).toEqual([50, 100, 136]);
});

test('reads a node:readline interface over a file', async () => {
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const { smallFixturePath } = await import('./fixture');
  const lines = createInterface({
    input: createReadStream(smallFixturePath),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const report = await reportFromLines(lines);
  expect(report.input.lines).toBe(136);
  expect(report.forms.map((f) => f.formId)).toEqual(['free-guide', 'newsletter']);
});
