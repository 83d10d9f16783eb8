import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { FormHandle } from '../../src/embed/form-handle';
import * as runtime from '../../src/embed/mount';
import { type Runtime, splitMount } from '../../src/embed/split-mount';
import type { YesLadderEvent } from '../../src/events/types';
import { mount } from '../../src/index';
import { freeGuide } from '../fixtures/free-guide';

// The npm `mount`: the first step painted at once by the first paint's code, the rest of the
// runtime loaded beside it (a lazy chunk) and taking the painted form over in place. Here
// the runtime arrives when each test says, so "before" and "after" are both looked at.

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;

beforeEach(() => {
  document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
// Every form a test makes is destroyed after it: a form left mounted holds its id's draft.
const made: FormHandle[] = [];
const split = (...args: Parameters<typeof splitMount>) =>
  made[made.push(splitMount(...args)) - 1] as FormHandle;
const full = (...args: Parameters<typeof runtime.mount>) =>
  made[made.push(runtime.mount(...args)) - 1] as FormHandle;

afterEach(() => {
  for (const form of made.splice(0)) form.destroy();
  vi.restoreAllMocks();
  localStorage.clear();
  document.body.innerHTML = '';
});

/** A runtime that arrives when `arrive()` (or `fail()`) is called. */
const later = () => {
  let arrive = () => {};
  let fail = (_: unknown) => {};
  const promise = new Promise<Runtime>((resolve, reject) => {
    arrive = () => resolve(runtime);
    fail = reject;
  });
  return { load: () => promise, arrive, fail };
};

const shadowOf = (id: string) => document.querySelector(`#${id} [data-yesladder-host]`)?.shadowRoot;
const inForm = (id = 'a') => {
  const root = shadowOf(id);
  if (!root) throw new Error(`no form in #${id}`);
  return within(root as unknown as HTMLElement);
};
/** The form's markup with its instance's id prefix taken out. */
const markup = (id: string) => shadowOf(id)?.innerHTML.replace(/yl[-\w]*?\d+(?=[:-])/g, 'UID');

test('paints the first step before the runtime is here, exactly as the runtime first shows it', async () => {
  const { load, arrive } = later();
  const form = split('#a', guide, {}, load);
  full('#b', guide);
  expect(markup('a')?.length).toBeGreaterThan(200);
  expect(markup('a')).toBe(markup('b'));
  expect(form.error).toBeUndefined();
  arrive();
  await form.ready;
  expect(markup('a')).toBe(markup('b'));
});

test('keeps the typed text and the very input node when the runtime takes over', async () => {
  const { load, arrive } = later();
  const config = { ...guide, steps: guide.steps.slice(1) };
  const form = split('#a', config, {}, load);
  const input = inForm().getByLabelText(/Where should we send it/) as HTMLInputElement;
  fireEvent.input(input, { target: { value: 'ada@example.com' } });
  expect(form.answers()).toEqual({ email: 'ada@example.com' });
  arrive();
  await form.ready;
  expect(inForm().getByLabelText(/Where should we send it/)).toBe(input);
  expect(input.value).toBe('ada@example.com');
  expect(form.answers()).toEqual({ email: 'ada@example.com' });
});

test('listeners added before the runtime hear everything from form_view, stamped with the paint time', async () => {
  const { load, arrive } = later();
  let clock = 1000;
  const heard: YesLadderEvent[] = [];
  const onEvent = vi.fn();
  const form = split('#a', guide, { now: () => clock, onEvent }, load);
  form.on('*', (event) => heard.push(event));
  const views = vi.fn();
  form.on('step_view', views);
  clock = 1500;
  fireEvent.click(inForm().getByRole('button', { name: 'Get the guide' }));
  clock = 2000;
  arrive();
  await form.ready;
  expect(heard.map((event) => `${event.name}:${event.step_id}@${event.timestamp}`)).toEqual([
    'form_view:start@1000',
    'step_view:start@1000',
    'step_complete:start@1500',
    'step_view:email@1500',
  ]);
  expect(onEvent).toHaveBeenCalledTimes(4);
  expect(views).toHaveBeenCalledTimes(2);
  // And after: the same listeners, one unsubscribes.
  const off = form.on('step_view', views);
  off();
  form.goTo('about');
  expect(views).toHaveBeenCalledTimes(3);
  expect(heard.at(-1)).toMatchObject({ name: 'step_view', step_id: 'about' });
});

test('goTo and consent asked before the runtime are applied, in order, when it runs', async () => {
  const { load, arrive } = later();
  const sent: string[] = [];
  const form = split(
    '#a',
    { ...guide, consent: 'pending' },
    { sinks: [(event) => void sent.push(event.name)] },
    load,
  );
  form.goTo('about');
  form.consent('granted');
  expect(sent).toEqual([]);
  arrive();
  await form.ready;
  expect(inForm().getByRole('heading', { name: 'Help us tailor it' })).toBeTruthy();
  expect(sent).toContain('form_view');
});

test('a form destroyed before the runtime arrives leaves nothing and says nothing', async () => {
  const { load, arrive } = later();
  const onEvent = vi.fn();
  const form = split('#a', guide, { onEvent }, load);
  expect(shadowOf('a')).toBeTruthy();
  form.destroy();
  expect(document.querySelector('#a')?.innerHTML).toBe('');
  arrive();
  await form.ready;
  expect(document.querySelector('#a')?.innerHTML).toBe('');
  expect(onEvent).not.toHaveBeenCalled();
  form.goTo('about');
  form.destroy();
});

test('a config that cannot be read paints nothing, and is logged once at ready', async () => {
  const { load, arrive } = later();
  const form = split('#a', { id: 'broken', steps: 'none' }, {}, load);
  expect(document.querySelector('#a')?.innerHTML).toBe('');
  expect(form.error).toBeUndefined();
  arrive();
  await form.ready;
  expect(form.error?.message).toMatch(/steps/);
  expect(console.error).toHaveBeenCalledTimes(1);
});

test('a misspelt option is painted, then taken off at ready, logged once with where it is', async () => {
  const { load, arrive } = later();
  const form = split(
    '#a',
    { id: 'typo', steps: [{ id: 's', titel: 'Hi', fields: [{ name: 'email' }] }] },
    {},
    load,
  );
  expect(shadowOf('a')).toBeTruthy();
  expect(form.error).toBeUndefined();
  arrive();
  await form.ready;
  expect(form.error?.message).toMatch(/steps\[0\]\.titel/);
  expect(console.error).toHaveBeenCalledTimes(1);
  expect(document.querySelector('#a')?.innerHTML).toBe('');
});

test('a target that matches nothing is an error at once, without loading anything', async () => {
  const load = vi.fn(async () => runtime);
  const form = split('#nowhere', guide, {}, load);
  expect(form.error?.message).toBe('yesladder: mount target "#nowhere" matches no element on this page.');
  expect(load).not.toHaveBeenCalled();
  await form.ready;
});

test('when the runtime cannot load, the painted form is taken away, logged once, and the handle does nothing', async () => {
  const { load, fail } = later();
  const form: FormHandle = split('#a', guide, {}, load);
  expect(shadowOf('a')).toBeTruthy();
  fail(new TypeError('Failed to fetch dynamically imported module'));
  await form.ready;
  expect(document.querySelector('#a')?.innerHTML).toBe('');
  expect(form.error?.message).toBe(
    "yesladder: the rest of the form's runtime could not load (TypeError: Failed to fetch dynamically imported module).",
  );
  expect(console.error).toHaveBeenCalledTimes(1);
  form.goTo('about');
  form.open();
  form.destroy();
  expect(form.answers()).toEqual({});
});

test.each([
  ['a modal', { ...guide, display: { mode: 'modal' } }],
  ['another language', { ...guide, locale: 'de' }],
  ['A/B arms', { ...guide, variants: { control: {}, short: { steps: guide.steps.slice(1) } } }],
])('leaves %s to the runtime, which shows it whole', async (_, config) => {
  const { load, arrive } = later();
  const form = split('#a', config, {}, load);
  expect(document.querySelector('#a')?.innerHTML).toBe('');
  arrive();
  await form.ready;
  expect(form.error).toBeUndefined();
  expect(document.querySelector('#a [data-yesladder-host]')).not.toBeNull();
  form.destroy();
});

test('leaves a form with a saved draft to the runtime, which brings the person back to their step', async () => {
  const { load, arrive } = later();
  const first = runtime.mount('#b', guide, { now: () => 1000 });
  first.goTo('email');
  first.destroy();
  const form = split('#a', guide, { now: () => 2000 }, load);
  expect(document.querySelector('#a')?.innerHTML).toBe('');
  arrive();
  await form.ready;
  expect(inForm().getByLabelText(/Where should we send it/)).toBeTruthy();
});

test('the package’s mount is this one: painted at once, and ready once its runtime chunk ran', async () => {
  const form = mount('#a', guide);
  made.push(form);
  expect(inForm().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
  const heard: string[] = [];
  form.on('*', (event) => heard.push(event.name));
  await form.ready;
  expect(heard).toEqual(['form_view', 'step_view']);
  form.destroy();
});
