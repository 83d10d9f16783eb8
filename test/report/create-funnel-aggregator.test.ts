import { expect, test } from 'vitest';
import { createFunnelAggregator } from '../../src/report/create-funnel-aggregator';
import { formOf, sessionEvents, variantOf } from './fixture';

const START = 1_736_150_400_000;
const MINUTE = 60_000;

test('keeps only the sessions open at the same time, however many it has read', () => {
  // 100,000 sessions, one every 10 s over 11.5 days, each 3 events over a minute: about
  // (1 min + the 30 min window) / 10 s ≈ 190 are open at any moment.
  const aggregator = createFunnelAggregator();
  let most = 0;
  for (let i = 0; i < 100_000; i++) {
    const events = sessionEvents('guide', i % 2 ? 'twostep' : 'control', `s${i}`, START + i * 10_000, [
      { id: 'start', at: 0, complete: MINUTE },
    ]);
    for (const event of events) {
      aggregator.add(event);
      most = Math.max(most, aggregator.openSessions);
    }
  }
  expect(most).toBeLessThan(250);
  const report = aggregator.finish();
  expect(report.input.peakOpenSessions).toBe(most);
  expect(formOf(report.forms, 'guide').variants.map((v) => v.visitors)).toEqual([50_000, 50_000]);
});

test('ends a session after the window without events: a visit the next day is a new session', () => {
  const aggregator = createFunnelAggregator({ sessionWindowMs: 30 * MINUTE });
  const first = sessionEvents('guide', 'control', 'same-id', START, [{ id: 'form', at: 0 }]);
  const nextDay = sessionEvents('guide', 'control', 'same-id', START + 24 * 60 * MINUTE, [
    { id: 'form', at: 0 },
  ]);
  // Others' traffic in between moves the stream's clock on.
  const between = Array.from({ length: 200 }, (_, i) =>
    sessionEvents('guide', 'control', `other-${i}`, START + (i + 1) * 7 * MINUTE, [{ id: 'form', at: 0 }]),
  );
  for (const event of [...first, ...between.flat(), ...nextDay]) aggregator.add(event);
  expect(variantOf(formOf(aggregator.finish().forms, 'guide'), 'control').visitors).toBe(202);
});

test("is not thrown by one device's clock a day ahead: others' sessions stay open", () => {
  const aggregator = createFunnelAggregator();
  const visits = Array.from({ length: 300 }, (_, i) =>
    sessionEvents('guide', 'control', `v${i}`, START + i * 1000, [{ id: 'form', at: 0 }]),
  );
  for (const event of visits.flat()) aggregator.add(event);
  const skewed = sessionEvents('guide', 'control', 'ahead', START + 24 * 60 * MINUTE, [
    { id: 'form', at: 0 },
  ]);
  for (const event of skewed) aggregator.add(event);
  expect(aggregator.openSessions).toBe(301);
  // The completions of the first visits still land in their open sessions.
  for (let i = 0; i < 300; i++)
    aggregator.add({
      ...(visits[i]?.[1] as object),
      name: 'step_complete',
      duration_ms: 5000,
      timestamp: START + i * 1000 + 5000,
    });
  const control = variantOf(formOf(aggregator.finish().forms, 'guide'), 'control');
  expect([control.visitors, control.steps[0]?.completions, control.partialSessions]).toEqual([301, 300, 0]);
});

test('closes the least recently active session early past maxOpenSessions, and says so', () => {
  const aggregator = createFunnelAggregator({ maxOpenSessions: 10 });
  for (let i = 0; i < 25; i++)
    for (const event of sessionEvents('guide', 'control', `s${i}`, START + i, [{ id: 'form', at: 0 }]))
      aggregator.add(event);
  expect(aggregator.openSessions).toBe(10);
  const report = aggregator.finish();
  expect(report.input.sessionsClosedEarly).toBe(15);
  expect(variantOf(formOf(report.forms, 'guide'), 'control').visitors).toBe(25);
});

test('counts a session without a form_view as partial, outside every rate', () => {
  const aggregator = createFunnelAggregator();
  const [, ...noFormView] = sessionEvents('guide', 'control', 'late', START, [
    { id: 'form', at: 0, complete: 1000 },
  ]);
  for (const event of [
    ...noFormView,
    ...sessionEvents('guide', 'control', 'whole', START, [{ id: 'form', at: 0 }]),
  ])
    aggregator.add(event);
  const control = variantOf(formOf(aggregator.finish().forms, 'guide'), 'control');
  expect([control.visitors, control.partialSessions, control.steps[0]?.views]).toEqual([1, 1, 1]);
});

test('skips values that are not events, and events of a newer contract, with their lines', () => {
  const aggregator = createFunnelAggregator();
  const event = { name: 'form_view', form_id: 'f', variant: 'a', session_id: 's', timestamp: START };
  aggregator.add(['not', 'an', 'object'], 1);
  aggregator.add({ ...event, session_id: 7 }, 2);
  aggregator.add({ ...event, name: 'step_view' }, 3); // a step event needs its step_id
  aggregator.add({ ...event, event_version: 2 }, 4);
  aggregator.add(event, 5);
  const { input, forms } = aggregator.finish();
  expect(input.invalid).toEqual({ count: 3, firstLines: [1, 2, 3] });
  expect(input.unsupportedVersion).toEqual({ count: 1, firstLines: [4] });
  expect(forms[0]?.variants[0]?.visitors).toBe(1);
});

test('counts a duplicated batch once: the same completion twice adds no time', () => {
  const aggregator = createFunnelAggregator();
  const events = sessionEvents('guide', 'control', 's', START, [{ id: 'form', at: 0, complete: 4000 }]);
  for (const event of [...events, ...events]) aggregator.add(event);
  const [step] = variantOf(formOf(aggregator.finish().forms, 'guide'), 'control').steps;
  expect([step?.views, step?.completions, step?.medianMs]).toEqual([1, 1, 4000]);
});

test('counts at most 64 steps of a session, and names the session over the limit', () => {
  const aggregator = createFunnelAggregator();
  const steps = Array.from({ length: 70 }, (_, i) => ({ id: `step-${i}`, at: i * 1000 }));
  for (const event of sessionEvents('guide', 'control', 's', START, steps)) aggregator.add(event);
  const report = aggregator.finish();
  expect(variantOf(formOf(report.forms, 'guide'), 'control').steps).toHaveLength(64);
  expect(report.input.overLimit).toBe(1);
});
