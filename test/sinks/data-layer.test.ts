import { afterEach, expect, test, vi } from 'vitest';
import { dataLayerSink, ga4Name } from '../../src/sinks/data-layer';
import { eventOf, eventNames as names } from './event';

const page = globalThis as Record<string, unknown>;

afterEach(() => {
  vi.restoreAllMocks();
  for (const key of ['dataLayer', 'gtag', 'yl_layer']) delete page[key];
});

const pushes = () => page.dataLayer as Record<string, unknown>[];

test('GA4 names: a lead is generate_lead, every other event yesladder_<name>', () => {
  expect(Object.fromEntries(names.map((name) => [name, ga4Name(name)]))).toEqual({
    form_view: 'yesladder_form_view',
    step_view: 'yesladder_step_view',
    step_complete: 'yesladder_step_complete',
    field_invalid: 'yesladder_field_invalid',
    lead_capture: 'generate_lead',
    form_submit: 'yesladder_form_submit',
    submit_error: 'yesladder_submit_error',
    form_abandon: 'yesladder_form_abandon',
    next_step_click: 'yesladder_next_step_click',
  });
});

test('GA4 names: a name beforeSend chose passes as it is, even one that looks like ours', () => {
  expect(ga4Name('signup_started')).toBe('signup_started');
  expect(ga4Name('yesladder_step_view')).toBe('yesladder_step_view');
  expect(ga4Name('constructor')).toBe('constructor');
});

test('pushes each event under its GA4 name as the event key', () => {
  const sink = dataLayerSink({ gtag: false });
  for (const name of names) sink.send(eventOf(name));
  sink.send({ ...eventOf('lead_capture'), name: 'signup_started' });
  expect(pushes().map((push) => push.event)).toEqual([...names.map(ga4Name), 'signup_started']);
});

test('a push holds the event key and the event fields at the top level, without name', () => {
  dataLayerSink({ gtag: false }).send(eventOf('field_invalid'));
  const [push] = pushes();
  expect(push).not.toHaveProperty('name');
  expect(push).toMatchObject({
    event: 'yesladder_field_invalid',
    event_version: 1,
    form_id: 'free-guide',
    variant: 'default',
    session_id: 's1',
    step_id: 'email',
    step_index: 1,
    step_count: 4,
    timestamp: 1000,
    field: 'email',
    error_code: 'invalid_email',
  });
});

test('a push carries tracked values as the values object; gtag gets them flat as field_<name>', () => {
  const gtag = vi.fn();
  page.gtag = gtag;
  dataLayerSink().send(eventOf('step_complete'));
  // GTM reads nested keys as `values.role`; gtag.js takes only flat parameters.
  expect(pushes()[0]?.values).toEqual({ role: 'founder', topics: ['seo', 'ads'] });
  const params = gtag.mock.calls[0]?.[2] as Record<string, unknown>;
  expect(params).toMatchObject({ field_role: 'founder', field_topics: 'seo, ads', duration_ms: 1200 });
  expect(params).not.toHaveProperty('values');
  for (const value of Object.values(params)) expect(typeof value).not.toBe('object');
});

test('every field an earlier event set and this one lacks is pushed as undefined', () => {
  for (const before of names) {
    for (const after of names) {
      page.dataLayer = [];
      const sink = dataLayerSink({ gtag: false });
      sink.send(eventOf(before));
      sink.send(eventOf(after));
      const [first, second] = pushes() as [Record<string, unknown>, Record<string, unknown>];
      for (const key of Object.keys(first)) {
        expect(second, `${before} then ${after}: ${key}`).toHaveProperty(key);
        if (!(key in eventOf(after)) && key !== 'event')
          expect(second[key], `${before} then ${after}: ${key}`).toBeUndefined();
      }
    }
  }
});

test('a field beforeSend added to one event is cleared in the next push', () => {
  const sink = dataLayerSink({ gtag: false });
  sink.send({ ...eventOf('lead_capture'), name: 'signup_started', page: '/pricing' });
  sink.send(eventOf('form_submit'));
  const second = pushes()[1];
  expect(second).toHaveProperty('page');
  expect(second?.page).toBeUndefined();
});

test('an event field that is present is never overwritten by the clearing', () => {
  dataLayerSink({ gtag: false }).send(eventOf('submit_error'));
  expect(pushes()[0]).toMatchObject({ submission: 'final', reason: 'http_503' });
  expect(pushes()[0]?.duration_ms).toBeUndefined();
});

test("calls gtag('event', GA4 name, flat params) when gtag.js is on the page, and still pushes", () => {
  const gtag = vi.fn();
  page.gtag = gtag;
  dataLayerSink().send(eventOf('lead_capture'));
  expect(gtag).toHaveBeenCalledTimes(1);
  expect(gtag).toHaveBeenCalledWith('event', 'generate_lead', {
    event_version: 1,
    form_id: 'free-guide',
    variant: 'default',
    session_id: 's1',
    step_id: 'email',
    step_index: 1,
    step_count: 4,
    timestamp: 1000,
    submission: 'lead',
  });
  expect(pushes()).toHaveLength(1);
  expect(pushes()[0]?.event).toBe('generate_lead');
});

test('does not call gtag when gtag is false, and still pushes', () => {
  const gtag = vi.fn();
  page.gtag = gtag;
  dataLayerSink({ gtag: false }).send(eventOf('step_view'));
  expect(gtag).not.toHaveBeenCalled();
  expect(pushes()).toHaveLength(1);
});

test('pushes without error when there is no gtag, or gtag is not a function', () => {
  const sink = dataLayerSink();
  expect(() => sink.send(eventOf('form_view'))).not.toThrow();
  page.gtag = { not: 'a function' };
  expect(() => sink.send(eventOf('step_view'))).not.toThrow();
  expect(pushes()).toHaveLength(2);
});

test('pushes onto window[global] when global names the data layer', () => {
  page.dataLayer = [];
  dataLayerSink({ global: 'yl_layer', gtag: false }).send(eventOf('form_view'));
  expect(page.yl_layer).toEqual([expect.objectContaining({ event: 'yesladder_form_view' })]);
  expect(page.dataLayer).toEqual([]);
});

test('uses the target option for the data layer and gtag instead of the page', () => {
  const gtag = vi.fn();
  const pageGtag = vi.fn();
  page.gtag = pageGtag;
  const target: Record<string, unknown> = { gtag };
  dataLayerSink({ target }).send(eventOf('form_view'));
  expect(target.dataLayer).toEqual([expect.objectContaining({ event: 'yesladder_form_view' })]);
  expect(gtag).toHaveBeenCalledWith('event', 'yesladder_form_view', expect.any(Object));
  expect(page.dataLayer).toBeUndefined();
  expect(pageGtag).not.toHaveBeenCalled();
});

test('creates window.dataLayer when it is missing', () => {
  dataLayerSink({ gtag: false }).send(eventOf('form_view'));
  expect(Array.isArray(page.dataLayer)).toBe(true);
  expect(pushes()).toHaveLength(1);
});

test('keeps an existing data layer array and what it held', () => {
  const layer: unknown[] = [{ 'gtm.start': 1 }];
  page.dataLayer = layer;
  dataLayerSink({ gtag: false }).send(eventOf('form_view'));
  expect(page.dataLayer).toBe(layer);
  expect(layer).toHaveLength(2);
  expect(layer[0]).toEqual({ 'gtm.start': 1 });
});

test("uses GTM's own push when GTM has swapped it on the array", () => {
  const layer: unknown[] = [];
  const push = vi.fn((..._items: unknown[]) => 0);
  Object.defineProperty(layer, 'push', { value: push });
  page.dataLayer = layer;
  dataLayerSink({ gtag: false }).send(eventOf('form_view'));
  expect(page.dataLayer).toBe(layer);
  expect(push).toHaveBeenCalledWith(expect.objectContaining({ event: 'yesladder_form_view' }));
});

test('reads the data layer when each event arrives, so a layer set later is used', () => {
  const sink = dataLayerSink({ gtag: false });
  sink.send(eventOf('form_view'));
  const later: unknown[] = [];
  page.dataLayer = later;
  sink.send(eventOf('step_view'));
  expect(later).toEqual([expect.objectContaining({ event: 'yesladder_step_view' })]);
});

for (const [label, odd] of [
  ['null', null],
  ['a string', 'dataLayer'],
  ['a number', 42],
  ['an object without push', { length: 0 }],
  ['an object whose push is not a function', { push: 'nope' }],
] as const) {
  test(`replaces a data layer that is ${label} with a new array, without throwing`, () => {
    page.dataLayer = odd;
    expect(() => dataLayerSink({ gtag: false }).send(eventOf('form_view'))).not.toThrow();
    expect(pushes()).toEqual([expect.objectContaining({ event: 'yesladder_form_view' })]);
  });
}
