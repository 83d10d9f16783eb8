import { afterEach, expect, test, vi } from 'vitest';
import type { EventName, SinkEvent } from '../../src/events/types';
import { metaSink } from '../../src/sinks/meta';
import { plausibleSink } from '../../src/sinks/plausible';
import { posthogSink } from '../../src/sinks/posthog';
import { segmentSink } from '../../src/sinks/segment';
import { eventOf, eventNames as names } from './event';

// What each page-tool sink hands its tool. The shared wait-for-the-global behaviour is
// in page-tool.test.ts; here the tool is always there (as a client or a global).

const page = globalThis as Record<string, unknown>;

afterEach(() => {
  vi.restoreAllMocks();
  for (const key of ['analytics', 'posthog', 'plausible', 'fbq']) delete page[key];
});

/** The event minus its name: what the object-taking tools receive. */
const propertiesOf = (event: SinkEvent): Record<string, unknown> => {
  const { name: _, ...properties } = event;
  return properties;
};
const renamed = (): SinkEvent => ({ ...eventOf('lead_capture'), name: 'signup_started', page: '/pricing' });

const titles: Readonly<Record<EventName, string>> = {
  form_view: 'Form Viewed',
  step_view: 'Form Step Viewed',
  step_complete: 'Form Step Completed',
  field_invalid: 'Form Field Invalid',
  lead_capture: 'Lead Captured',
  form_submit: 'Form Submitted',
  submit_error: 'Form Submit Failed',
  form_abandon: 'Form Abandoned',
  next_step_click: 'Next Step Clicked',
};

const isFlat = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

// Segment

test('segment: tracks every event under its Object-Action title', () => {
  const track = vi.fn();
  const sink = segmentSink({ client: { track } });
  for (const name of names) sink.send(eventOf(name));
  expect(track.mock.calls.map((call) => call[0])).toEqual(names.map((name) => titles[name]));
});

test('segment: passes the properties as the event fields minus name, values kept as an object', () => {
  const track = vi.fn();
  segmentSink({ client: { track } }).send(eventOf('step_complete'));
  expect(track).toHaveBeenCalledWith('Form Step Completed', propertiesOf(eventOf('step_complete')));
  expect(track.mock.calls[0]?.[1]).toMatchObject({ values: { role: 'founder', topics: ['seo', 'ads'] } });
  expect(track.mock.calls[0]?.[1]).not.toHaveProperty('name');
});

test('segment: a name beforeSend chose is tracked as it is, with its added fields', () => {
  const track = vi.fn();
  segmentSink({ client: { track } }).send(renamed());
  expect(track).toHaveBeenCalledWith('signup_started', propertiesOf(renamed()));
});

test('segment: uses window.analytics by default', () => {
  const track = vi.fn();
  page.analytics = { track };
  segmentSink().send(eventOf('form_view'));
  expect(track).toHaveBeenCalledWith('Form Viewed', propertiesOf(eventOf('form_view')));
});

// PostHog

test('posthog: captures every event as yesladder:<name>', () => {
  const capture = vi.fn();
  const sink = posthogSink({ client: { capture } });
  for (const name of names) sink.send(eventOf(name));
  expect(capture.mock.calls.map((call) => call[0])).toEqual(names.map((name) => `yesladder:${name}`));
});

test('posthog: passes the properties as the event fields minus name, values kept as an object', () => {
  const capture = vi.fn();
  posthogSink({ client: { capture } }).send(eventOf('form_submit'));
  expect(capture).toHaveBeenCalledWith('yesladder:form_submit', propertiesOf(eventOf('form_submit')));
  expect(capture.mock.calls[0]?.[1]).toMatchObject({ values: { role: 'founder' } });
});

test('posthog: a name beforeSend chose is captured as it is, without the yesladder: prefix', () => {
  const capture = vi.fn();
  posthogSink({ client: { capture } }).send(renamed());
  expect(capture).toHaveBeenCalledWith('signup_started', propertiesOf(renamed()));
});

test('posthog: uses window.posthog by default', () => {
  const capture = vi.fn();
  page.posthog = { capture };
  posthogSink().send(eventOf('form_view'));
  expect(capture).toHaveBeenCalledWith('yesladder:form_view', propertiesOf(eventOf('form_view')));
});

// Plausible

test('plausible: sends every event under its Object-Action title', () => {
  const plausible = vi.fn();
  const sink = plausibleSink({ client: plausible });
  for (const name of names) sink.send(eventOf(name));
  expect(plausible.mock.calls.map((call) => call[0])).toEqual(names.map((name) => titles[name]));
});

test('plausible: props are flat, with tracked values as field_<name>, and no session_id or timestamp', () => {
  const plausible = vi.fn();
  plausibleSink({ client: plausible }).send(eventOf('step_complete'));
  expect(plausible).toHaveBeenCalledWith('Form Step Completed', {
    props: {
      event_version: 1,
      form_id: 'free-guide',
      variant: 'default',
      step_id: 'email',
      step_index: 1,
      step_count: 4,
      duration_ms: 1200,
      field_role: 'founder',
      field_topics: 'seo, ads',
    },
  });
});

test('plausible: every prop of every event is a string, number or boolean, and no identifier', () => {
  const plausible = vi.fn();
  const sink = plausibleSink({ client: plausible });
  for (const name of names) sink.send(eventOf(name));
  sink.send({ ...renamed(), extra: { nested: true }, flags: ['a', 'b'] });
  for (const [, options] of plausible.mock.calls) {
    const props = (options as { props: Record<string, unknown> }).props;
    expect(props).not.toHaveProperty('session_id');
    expect(props).not.toHaveProperty('timestamp');
    expect(props).not.toHaveProperty('values');
    for (const value of Object.values(props)) expect(isFlat(value)).toBe(true);
  }
  expect(plausible.mock.calls.at(-1)?.[1].props).toMatchObject({ page: '/pricing', flags: 'a, b' });
  expect(plausible.mock.calls.at(-1)?.[1].props).not.toHaveProperty('extra');
});

test('plausible: a name beforeSend chose is sent as it is', () => {
  const plausible = vi.fn();
  plausibleSink({ client: plausible }).send(renamed());
  expect(plausible.mock.calls[0]?.[0]).toBe('signup_started');
});

test('plausible: uses window.plausible by default', () => {
  const plausible = vi.fn();
  page.plausible = plausible;
  plausibleSink().send(eventOf('form_view'));
  expect(plausible.mock.calls[0]?.[0]).toBe('Form Viewed');
});

// Meta

test("meta: a lead is fbq('track', 'Lead', …) with the form id as content_name, and nothing else", () => {
  const fbq = vi.fn();
  metaSink({ client: fbq }).send(eventOf('lead_capture'));
  expect(fbq).toHaveBeenCalledTimes(1);
  expect(fbq).toHaveBeenCalledWith('track', 'Lead', {
    content_name: 'free-guide',
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
});

test("meta: every other event is fbq('trackCustom', <title without spaces>, …)", () => {
  const fbq = vi.fn();
  const sink = metaSink({ client: fbq });
  for (const name of names) if (name !== 'lead_capture') sink.send(eventOf(name));
  expect(fbq.mock.calls.map((call) => [call[0], call[1]])).toEqual([
    ['trackCustom', 'FormViewed'],
    ['trackCustom', 'FormStepViewed'],
    ['trackCustom', 'FormStepCompleted'],
    ['trackCustom', 'FormFieldInvalid'],
    ['trackCustom', 'FormSubmitted'],
    ['trackCustom', 'FormSubmitFailed'],
    ['trackCustom', 'FormAbandoned'],
    ['trackCustom', 'NextStepClicked'],
  ]);
});

test('meta: params are flat, with tracked values as field_<name>', () => {
  const fbq = vi.fn();
  metaSink({ client: fbq }).send(eventOf('step_complete'));
  const params = fbq.mock.calls[0]?.[2] as Record<string, unknown>;
  expect(params).toMatchObject({ step_id: 'email', field_role: 'founder', field_topics: 'seo, ads' });
  expect(params).not.toHaveProperty('values');
  for (const value of Object.values(params)) expect(isFlat(value)).toBe(true);
});

test('meta: a lead renamed by beforeSend is a custom event under its own name, not a Lead', () => {
  const fbq = vi.fn();
  metaSink({ client: fbq }).send(renamed());
  expect(fbq).toHaveBeenCalledTimes(1);
  expect(fbq.mock.calls[0]?.slice(0, 2)).toEqual(['trackCustom', 'signup_started']);
  expect(fbq.mock.calls[0]?.[2]).toMatchObject({ page: '/pricing' });
});

test('meta: uses window.fbq by default', () => {
  const fbq = vi.fn();
  page.fbq = fbq;
  metaSink().send(eventOf('lead_capture'));
  expect(fbq.mock.calls[0]?.slice(0, 2)).toEqual(['track', 'Lead']);
});
