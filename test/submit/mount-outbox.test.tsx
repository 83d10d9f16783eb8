import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type FormHandle, mount as mountForm } from '../../src/embed/mount';
import { OUTBOX_KEY } from '../../src/submit/outbox';
import { defaultMessages } from '../../src/validate/messages';
import { freeGuide } from '../fixtures/free-guide';

// mount() wires the submitter to the page: the outbox in localStorage, the saved line of a
// failure, `online`, and the resend of an earlier visit's submissions.

const config = { ...freeGuide, analytics: [], submit: { url: '/api/leads', retries: 0 } };

// Every form is destroyed after its test: a live one would answer the next test's `online`.
const mounted: FormHandle[] = [];
const mount = (...args: Parameters<typeof mountForm>) => {
  const handle = mountForm(...args);
  mounted.push(handle);
  return handle;
};

let page: HTMLElement;
beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<div id="signup"></div>';
  page = document.querySelector('#signup') as HTMLElement;
});
afterEach(() => {
  for (const handle of mounted.splice(0)) handle.destroy();
  document.body.innerHTML = '';
  localStorage.clear();
});

const form = () => within(page.querySelector('[data-yesladder-host]')?.shadowRoot as unknown as HTMLElement);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type Call = { body: Record<string, unknown>; key: string };
/** A fetch whose server is up or down as the test says; records what reached it. */
const backend = () => {
  const state = { up: false, arrived: [] as Call[], attempts: [] as string[] };
  const fetch = vi.fn(async (_url: unknown, init?: RequestInit) => {
    const key = new Headers(init?.headers).get('idempotency-key') ?? '';
    state.attempts.push(key);
    if (!state.up) throw new TypeError('Failed to fetch');
    state.arrived.push({ body: JSON.parse(String(init?.body)), key });
    return new Response('{}', { status: 201 });
  });
  return { state, fetch: fetch as unknown as typeof globalThis.fetch };
};

const completeFunnel = async () => {
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  fireEvent.input(form().getByLabelText(/Where should we send it/), { target: { value: 'ada@example.com' } });
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  await settle();
  fireEvent.click(form().getByRole('button', { name: 'Finish' }));
  await settle();
};

test('a final submission that cannot go says the answers are saved on this device, and keeps them', async () => {
  const { fetch } = backend();
  mount('#signup', config, { fetch });
  await completeFunnel();
  expect(form().getByRole('alert').textContent).toBe(
    `${defaultMessages.submit_failed} ${defaultMessages.submit_saved}`,
  );
  expect(form().getByRole('button', { name: defaultMessages.retry })).toBeTruthy();
  const stored = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]');
  expect(stored.map((e: { body: { submission: string } }) => e.body.submission)).toEqual(['lead', 'final']);
});

test('a final submission kept in the outbox deletes its draft: the next load cannot send it again under a new key', async () => {
  const { fetch } = backend();
  const handle = mount('#signup', config, { fetch });
  await completeFunnel();
  expect(localStorage.getItem(`yesladder:draft:${config.id}`)).toBeNull();
  // Typing on after the failure does not bring the draft back.
  fireEvent.input(form().getByLabelText('Your name'), { target: { value: 'Ada' } });
  handle.destroy();
  expect(localStorage.getItem(`yesladder:draft:${config.id}`)).toBeNull();
  expect(JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]')).toHaveLength(2);
});

test('a refusal shows the server words alone: nothing is saved for later', async () => {
  const fetch = vi.fn(
    async () => new Response(JSON.stringify({ message: 'Not from here.' }), { status: 403 }),
  );
  mount('#signup', config, { fetch: fetch as unknown as typeof globalThis.fetch });
  await completeFunnel();
  expect(form().getByRole('alert').textContent).toBe('Not from here.');
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull();
});

test('back online, the failed final goes again by itself with the same key and the thanks step shows', async () => {
  const { state, fetch } = backend();
  mount('#signup', config, { fetch });
  await completeFunnel();
  state.up = true;
  window.dispatchEvent(new Event('online'));
  await vi.waitFor(() => expect(form().getByRole('heading', { name: 'Check your inbox!' })).toBeTruthy());
  await vi.waitFor(() => expect(state.arrived).toHaveLength(2));
  const bySubmission = Object.fromEntries(state.arrived.map((c) => [c.body.submission, c.key]));
  const failedKeys = new Set(state.attempts);
  // Two keys in all: every attempt of the lead shared one, every attempt of the final the other.
  expect(failedKeys.size).toBe(2);
  expect(new Set(Object.values(bySubmission))).toEqual(failedKeys);
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull();
});

test('the next load of a page with the form sends what the last one could not, once', async () => {
  const { state, fetch } = backend();
  const first = mount('#signup', config, { fetch });
  await completeFunnel();
  const keys = new Set(state.attempts);
  first.destroy();
  state.up = true;
  mount('#signup', config, { fetch });
  await vi.waitFor(() => expect(state.arrived).toHaveLength(2));
  expect(state.arrived.map((c) => c.body.submission)).toEqual(['lead', 'final']);
  expect(new Set(state.arrived.map((c) => c.key))).toEqual(keys);
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull();
});

test('a page with another form leaves the outbox alone', async () => {
  const { state, fetch } = backend();
  const first = mount('#signup', config, { fetch });
  await completeFunnel();
  first.destroy();
  state.up = true;
  mount('#signup', { ...config, id: 'other-form' }, { fetch });
  await settle();
  expect(state.arrived).toEqual([]);
  expect(JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]')).toHaveLength(2);
});

test('destroy stops listening for online', async () => {
  const { state, fetch } = backend();
  const handle = mount('#signup', config, { fetch });
  await completeFunnel();
  handle.destroy();
  state.up = true;
  const before = state.attempts.length;
  window.dispatchEvent(new Event('online'));
  await settle();
  expect(state.attempts).toHaveLength(before);
});

test('storage that throws costs nothing but the saved line', async () => {
  const { fetch } = backend();
  const broken = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    removeItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  };
  const error = vi.spyOn(console, 'error');
  mount('#signup', config, { fetch, localStorage: broken });
  await completeFunnel();
  expect(form().getByRole('alert').textContent).toBe(defaultMessages.submit_failed);
  expect(error).not.toHaveBeenCalled();
});
