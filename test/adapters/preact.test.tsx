import { fireEvent, within } from '@testing-library/preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { FormHandle } from '../../src/embed/mount';
import type { YesLadderEvent } from '../../src/events/types';
import { YesLadder } from '../../src/preact';
import { freeGuide } from '../fixtures/free-guide';

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;
const other = { id: 'other', steps: [{ id: 'ask', title: 'Another question', fields: [{ name: 'x' }] }] };

// The rest of the runtime `mount` loads beside its first paint, here before the first test.
beforeAll(() => import('../../src/embed/mount'));

let app: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  app = document.querySelector('#app') as HTMLElement;
});
afterEach(() => {
  act(() => render(null, app));
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
/** Renders, then lets the form's runtime (loaded by `mount` beside its first paint) take over. */
const show = async (vnode: preact.ComponentChild) => {
  act(() => {
    render(vnode, app);
  });
  await settle();
};
const hosts = () => [...app.querySelectorAll('[data-yesladder-host]')];
const form = () => {
  const host = hosts()[0];
  if (!host?.shadowRoot) throw new Error('no form on the page');
  return within(host.shadowRoot as unknown as HTMLElement);
};

test('mounts one form inside its own div, with the class and id given', async () => {
  await show(<YesLadder config={guide} class="signup" id="signup" />);
  expect(hosts()).toHaveLength(1);
  expect(app.querySelector('div#signup.signup > [data-yesladder-host]')).not.toBeNull();
  expect(form().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
});

test('removes the form when the component unmounts', async () => {
  await show(<YesLadder config={guide} />);
  await show(null);
  expect(hosts()).toHaveLength(0);
});

test('reports every event to onEvent, the first form_view included', async () => {
  const events: YesLadderEvent[] = [];
  await show(<YesLadder config={guide} onEvent={(event) => events.push(event)} />);
  act(() => {
    fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  });
  expect(events.map((event) => `${event.name}:${event.step_id}`)).toEqual([
    'form_view:start',
    'step_view:start',
    'step_complete:start',
    'step_view:email',
  ]);
});

test('keeps the same form when a new inline callback arrives, and calls the newest one', async () => {
  const first = vi.fn();
  const second = vi.fn();
  await show(<YesLadder config={guide} onEvent={first} />);
  const host = hosts()[0];
  await show(<YesLadder config={guide} onEvent={second} />);
  expect(hosts()).toEqual([host]);
  first.mockClear();
  act(() => {
    fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  });
  expect(first).not.toHaveBeenCalled();
  expect(second).toHaveBeenCalledWith(expect.objectContaining({ name: 'step_complete', step_id: 'start' }));
});

test('mounts a new form when the config changes', async () => {
  await show(<YesLadder config={guide} />);
  await show(<YesLadder config={other} />);
  expect(hosts()).toHaveLength(1);
  expect(form().getByRole('heading', { name: 'Another question' })).toBeTruthy();
});

test('hands each submission to onSubmit with the answers, and the form to onReady', async () => {
  const submissions: unknown[] = [];
  let handle: FormHandle<{ email?: string }> | undefined;
  await show(
    <YesLadder
      config={guide}
      onSubmit={(answers, meta) => submissions.push([meta.submission, answers])}
      onReady={(form) => (handle = form)}
    />,
  );
  act(() => {
    handle?.goTo('email');
  });
  act(() => {
    fireEvent.input(form().getByLabelText(/Where should we send it/), {
      target: { value: 'ada@example.com' },
    });
  });
  expect(handle?.answers()).toEqual({ email: 'ada@example.com' });
  act(() => {
    fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  });
  await settle();
  expect(submissions).toEqual([['lead', { email: 'ada@example.com' }]]);
});

test('logs a bad config once and renders the empty element without throwing', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  await show(<YesLadder config={{ id: 'broken', steps: [] }} />);
  expect(app.innerHTML).toBe('<div></div>');
  expect(error).toHaveBeenCalledTimes(1);
});
