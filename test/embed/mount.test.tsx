import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { mount } from '../../src/embed/mount';
import type { YesLadderEvent } from '../../src/events/types';
import { freeGuide } from '../fixtures/free-guide';

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;

let page: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main><h1>Landing page</h1><div id="signup"></div></main>';
  page = document.querySelector('#signup') as HTMLElement;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The form as a person sees it: inside its shadow root. */
const form = () => {
  const host = page.querySelector('[data-yesladder-host]');
  if (!host?.shadowRoot) throw new Error('no form on the page');
  return within(host.shadowRoot as unknown as HTMLElement);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const mountGuide = (options: Parameters<typeof mount>[2] = {}) => {
  const events: YesLadderEvent[] = [];
  const submissions: { answers: unknown; submission: string }[] = [];
  let clock = 1_000;
  const handle = mount('#signup', guide, {
    sessionId: 'session-1',
    now: () => (clock += 250),
    onSubmit: (answers, meta) => {
      submissions.push({ answers, submission: meta.submission });
    },
    ...options,
  });
  handle.on('*', (event) => events.push(event));
  return { handle, events, submissions };
};

const typeInto = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });

test('a person completes the whole funnel: CTA, email, details, thanks', async () => {
  const { handle, events, submissions } = mountGuide();
  expect(form().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
  expect(form().getByText('Step 1 of 3')).toBeTruthy();

  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  const email = form().getByLabelText(/Where should we send it\?/);
  expect(form().getByText('Step 2 of 3')).toBeTruthy();

  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  expect(email.getAttribute('aria-invalid')).toBe('true');
  const error = form().getByText('Please fill this in.');
  expect(email.getAttribute('aria-describedby')).toContain(error.id);

  typeInto(email, 'ada@example.com');
  expect(email.getAttribute('aria-invalid')).toBeNull();
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  await settle();
  expect(submissions).toEqual([{ answers: { email: 'ada@example.com' }, submission: 'lead' }]);

  expect(form().getByRole('heading', { name: 'Help us tailor it' })).toBeTruthy();
  fireEvent.click(form().getByLabelText('Freelancer'));
  typeInto(form().getByLabelText(/Your name/), 'Ada');
  fireEvent.click(form().getByRole('button', { name: 'Finish' }));
  await settle();

  expect(form().getByRole('heading', { name: 'Check your inbox!' })).toBeTruthy();
  expect(form().getByRole('link', { name: 'Watch the video' }).getAttribute('href')).toBe('/video');
  expect(submissions[1]).toEqual({
    answers: { email: 'ada@example.com', name: 'Ada', role: 'Freelancer' },
    submission: 'final',
  });
  expect(handle.answers()).toMatchObject({ email: 'ada@example.com', role: 'Freelancer', name: 'Ada' });
  expect(events.map((e) => `${e.name}:${e.step_id}`)).toEqual([
    'step_complete:start',
    'step_view:email',
    'field_invalid:email',
    'step_complete:email',
    'lead_capture:email',
    'step_view:about',
    'step_complete:about',
    'form_submit:about',
    'step_view:thanks',
  ]);
  const emailDone = events.find((e) => e.name === 'step_complete' && e.step_id === 'email');
  expect(emailDone?.name === 'step_complete' && emailDone.duration_ms).toBeGreaterThan(0);
});

test('no analytics event carries a value the field did not opt in to', async () => {
  const { events } = mountGuide();
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  typeInto(form().getByLabelText(/Where should we send it/), 'ada@example.com');
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  await settle();
  fireEvent.click(form().getByLabelText('Freelancer'));
  typeInto(form().getByLabelText(/Your name/), 'Ada Lovelace');
  fireEvent.click(form().getByRole('button', { name: 'Finish' }));
  await settle();
  const sent = JSON.stringify(events);
  expect(sent).not.toContain('ada@example.com');
  expect(sent).not.toContain('Ada Lovelace');
  expect(events.find((e) => e.name === 'form_submit')?.values).toEqual({ role: 'Freelancer' });
});

test('the first events are there for a listener attached right after mount, via the DOM too', () => {
  const seen: string[] = [];
  document.addEventListener('yesladder:event', (e) =>
    seen.push((e as CustomEvent<YesLadderEvent>).detail.name),
  );
  const sink = vi.fn();
  mount('#signup', guide, { sinks: [sink] });
  expect(seen).toEqual(['form_view', 'step_view']);
  expect(sink.mock.calls.map(([event]) => event.name)).toEqual(['form_view', 'step_view']);
});

test('a failed final submission keeps every answer and offers a retry that works', async () => {
  let fail = true;
  const { submissions } = mountGuide({
    onSubmit: (answers, meta) => {
      if (meta.submission === 'final' && fail) return Promise.reject(new Error('down'));
      submissions.push({ answers, submission: meta.submission });
    },
  });
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  typeInto(form().getByLabelText(/Where should we send it/), 'ada@example.com');
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  await settle();
  typeInto(form().getByLabelText(/Your name/), 'Ada');
  fireEvent.click(form().getByRole('button', { name: 'Finish' }));
  await settle();

  expect(form().getByRole('alert').textContent).toContain('We could not send your answers');
  expect((form().getByLabelText(/Your name/) as HTMLInputElement).value).toBe('Ada');
  fail = false;
  fireEvent.click(form().getByRole('button', { name: 'Try again' }));
  await settle();
  expect(form().getByRole('heading', { name: 'Check your inbox!' })).toBeTruthy();
  expect(submissions.at(-1)).toEqual({
    answers: { email: 'ada@example.com', name: 'Ada' },
    submission: 'final',
  });
});

test('posts each submission as JSON to submit.url', async () => {
  const fetch = vi.fn(async () => new Response('{"ok":true}', { status: 201 }));
  mount('#signup', { ...guide, submit: { url: '/api/leads' } }, { fetch, sessionId: 's-9' });
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  typeInto(form().getByLabelText(/Where should we send it/), 'ada@example.com');
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  await settle();
  expect(fetch).toHaveBeenCalledTimes(1);
  const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  expect(url).toBe('/api/leads');
  expect(init.method).toBe('POST');
  expect(JSON.parse(String(init.body))).toMatchObject({
    form_id: 'free-guide',
    session_id: 's-9',
    submission: 'lead',
    step_id: 'email',
    answers: { email: 'ada@example.com' },
  });
});

test('a bad config renders nothing, logs one error naming each problem, and never throws', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const handle = mount('#signup', {
    id: 'broken',
    steps: [{ id: 'a', fields: [{ name: 'x', type: 'phone' }], next: 'nowhere' }],
  });
  expect(page.children).toHaveLength(0);
  expect(error).toHaveBeenCalledTimes(1);
  const message = String(error.mock.calls[0]?.[0]);
  expect(message).toMatch(/^yesladder: the config of form "broken" has 2 problems/);
  expect(message).toContain('steps[0].fields[0].type');
  expect(message).toContain('steps[0].next: "nowhere" names no step');
  expect(handle.error?.name).toBe('ConfigError');
  expect(() => {
    handle.goTo('a');
    handle.on('*', () => {})();
    handle.destroy();
  }).not.toThrow();
  expect(document.querySelector('h1')?.textContent).toBe('Landing page');
});

test('a target that is not on the page is one clear error', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const handle = mount('#nope', guide);
  expect(error).toHaveBeenCalledWith('yesladder: mount target "#nope" matches no element on this page.');
  expect(handle.error).toBeInstanceOf(Error);
});

test('a sink that throws or rejects costs the form nothing', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const good = vi.fn();
  mountGuide({
    sinks: [
      () => {
        throw new Error('boom');
      },
      async () => Promise.reject(new Error('nope')),
      good,
    ],
  });
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  await settle();
  expect(form().getByLabelText(/Where should we send it/)).toBeTruthy();
  expect(good.mock.calls.map(([event]) => event.name)).toEqual([
    'form_view',
    'step_view',
    'step_complete',
    'step_view',
  ]);
  expect(warn).toHaveBeenCalledTimes(2);
});

test('leaving the page mid-form reports form_abandon and flushes the sinks', () => {
  const flush = vi.fn();
  const { events } = mountGuide({ sinks: [{ send() {}, flush }] });
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  window.dispatchEvent(new Event('pagehide'));
  expect(events.at(-1)).toMatchObject({ name: 'form_abandon', step_id: 'email' });
  expect(flush).toHaveBeenCalledTimes(1);
});

test('destroy removes every node and listener it added, once', () => {
  const flush = vi.fn();
  const destroy = vi.fn();
  const { handle, events } = mountGuide({ sinks: [{ send() {}, flush, destroy }] });
  handle.destroy();
  handle.destroy();
  expect(page.innerHTML).toBe('');
  expect(destroy).toHaveBeenCalledTimes(1);
  window.dispatchEvent(new Event('pagehide'));
  expect(events.map((e) => e.name)).not.toContain('form_abandon');
  expect(flush).not.toHaveBeenCalled();
});

test('renders inside a shadow root by default, or in the page with shadow: false', () => {
  mount('#signup', guide);
  expect(page.querySelector('[data-yesladder-host]')?.shadowRoot).toBeTruthy();
  expect(page.querySelector('.yl')).toBeNull();
  document.body.innerHTML = '<div id="signup"></div>';
  page = document.querySelector('#signup') as HTMLElement;
  mount(page, guide, { shadow: false });
  expect(within(page).getByRole('button', { name: 'Get the guide' })).toBeTruthy();
});

test('goTo shows a step, and names the step ids when given a wrong one', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { handle } = mountGuide();
  handle.goTo('about');
  expect(form().getByRole('heading', { name: 'Help us tailor it' })).toBeTruthy();
  handle.goTo('pay');
  expect(warn).toHaveBeenCalledWith(
    'yesladder: goTo("pay") names no step that can be shown. Step ids are: start, email, about.',
  );
});

test('on() listeners unsubscribe, and one that throws does not stop the others', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { handle } = mountGuide();
  const views = vi.fn();
  const off = handle.on('step_view', views);
  handle.on('step_view', () => {
    throw new Error('listener bug');
  });
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  off();
  handle.goTo('about');
  expect(views).toHaveBeenCalledTimes(1);
  expect(screen.queryByText('listener bug')).toBeNull();
});

test('the page keeps its focus and scroll when the form loads', () => {
  const button = document.createElement('button');
  document.body.append(button);
  button.focus();
  mountGuide();
  expect(document.activeElement).toBe(button);
});
