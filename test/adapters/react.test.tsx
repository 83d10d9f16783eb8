import { fireEvent, within } from '@testing-library/preact';
import { act, createElement, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { FormHandle } from '../../src/embed/mount';
import type { YesLadderEvent } from '../../src/events/types';
import { YesLadder, type YesLadderProps } from '../../src/react';
import { freeGuide } from '../fixtures/free-guide';

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;
type Guide = typeof guide;
const other = { id: 'other', steps: [{ id: 'ask', title: 'Another question', fields: [{ name: 'x' }] }] };

// React warns unless it knows updates are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
// The rest of the runtime `mount` loads beside its first paint, here before the first test.
beforeAll(() => import('../../src/embed/mount'));

let app: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  app = document.querySelector('#app') as HTMLElement;
  root = createRoot(app);
});
afterEach(() => {
  act(() => root.unmount());
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
/** Renders, then lets the form's runtime (loaded by `mount` beside its first paint) take over. */
const show = async (props: YesLadderProps<Guide>, strict = true) => {
  act(() => {
    const element = createElement(YesLadder<Guide>, props);
    root.render(strict ? createElement(StrictMode, null, element) : element);
  });
  await settle();
};

const hosts = () => [...app.querySelectorAll('[data-yesladder-host]')];
const form = () => {
  const host = hosts()[0];
  if (!host?.shadowRoot) throw new Error('no form on the page');
  return within(host.shadowRoot as unknown as HTMLElement);
};

test('leaves exactly one form under StrictMode, whose effects mount, unmount and mount again', async () => {
  const mounted: unknown[] = [];
  await show({ config: guide, className: 'signup', id: 'signup', onReady: (form) => mounted.push(form) });
  // StrictMode ran the effect twice; the first form was gone before its runtime arrived.
  expect(mounted).toHaveLength(1);
  expect(hosts()).toHaveLength(1);
  expect(app.querySelector('div#signup.signup > [data-yesladder-host]')).not.toBeNull();
  expect(form().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
});

test('removes the form and its listeners when the component unmounts', async () => {
  const onEvent = vi.fn();
  let handle: FormHandle<unknown> | undefined;
  await show({ config: guide, onEvent, onReady: (form) => (handle = form) });
  act(() => root.render(null));
  expect(hosts()).toHaveLength(0);
  onEvent.mockClear();
  handle?.goTo('email');
  expect(onEvent).not.toHaveBeenCalled();
});

test('reports every event to onEvent, the first form_view included, once under StrictMode', async () => {
  const events: YesLadderEvent[] = [];
  await show({ config: guide, onEvent: (event) => events.push(event) });
  // StrictMode's first form is torn down before its runtime arrives: it reports nothing.
  expect(events.map((event) => event.name)).toEqual(['form_view', 'step_view']);
  act(() => fireEvent.click(form().getByRole('button', { name: 'Get the guide' })));
  expect(events.at(-1)).toMatchObject({ name: 'step_view', step_id: 'email' });
});

test('keeps the same form when a new inline callback arrives, and calls the newest one', async () => {
  const first = vi.fn();
  const second = vi.fn();
  await show({ config: guide, onEvent: first });
  const host = hosts()[0];
  await show({ config: guide, onEvent: second });
  expect(hosts()).toEqual([host]);
  first.mockClear();
  act(() => fireEvent.click(form().getByRole('button', { name: 'Get the guide' })));
  expect(first).not.toHaveBeenCalled();
  expect(second).toHaveBeenCalledWith(expect.objectContaining({ name: 'step_complete', step_id: 'start' }));
});

test('mounts a new form when the config changes', async () => {
  await show({ config: guide });
  act(() => root.render(createElement(StrictMode, null, createElement(YesLadder, { config: other }))));
  await settle();
  expect(hosts()).toHaveLength(1);
  expect(form().getByRole('heading', { name: 'Another question' })).toBeTruthy();
});

test('hands each submission to onSubmit with the answers', async () => {
  const submissions: unknown[] = [];
  await show({ config: guide, onSubmit: (answers, meta) => submissions.push([meta.submission, answers]) });
  act(() => fireEvent.click(form().getByRole('button', { name: 'Get the guide' })));
  act(() =>
    fireEvent.input(form().getByLabelText(/Where should we send it/), {
      target: { value: 'ada@example.com' },
    }),
  );
  act(() => fireEvent.click(form().getByRole('button', { name: 'Send it to me' })));
  await settle();
  expect(submissions).toEqual([['lead', { email: 'ada@example.com' }]]);
  expect(form().getByRole('heading', { name: 'Help us tailor it' })).toBeTruthy();
});

test('hands the mounted form to onReady, for answers() and goTo()', async () => {
  let handle: FormHandle<{ email?: string }> | undefined;
  await show({ config: guide, onReady: (form) => (handle = form) }, false);
  act(() => handle?.goTo('email'));
  act(() =>
    fireEvent.input(form().getByLabelText(/Where should we send it/), {
      target: { value: 'ada@example.com' },
    }),
  );
  expect(handle?.answers()).toEqual({ email: 'ada@example.com' });
});

test('logs a bad config once and renders the empty element without throwing', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  let refused: FormHandle | undefined;
  act(() =>
    root.render(
      createElement(YesLadder, { config: { id: 'broken', steps: [] }, onReady: (form) => (refused = form) }),
    ),
  );
  await settle();
  expect(refused?.error?.message).toMatch(/^yesladder: the config of form "broken"/);
  expect(app.innerHTML).toBe('<div></div>');
  expect(error).toHaveBeenCalledTimes(1);
  expect(String(error.mock.calls[0]?.[0])).toMatch(/^yesladder: the config of form "broken"/);
});
