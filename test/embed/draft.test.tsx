import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { DraftStorage } from '../../src/draft/safe-storage';
import { DRAFT_DEBOUNCE_MS } from '../../src/embed/keep-draft';
import { type FormHandle, type MountOptions, mount } from '../../src/embed/mount';
import type { YesLadderEvent } from '../../src/events/types';
import { draftForm } from '../fixtures/draft-form';

const KEY = 'yesladder:draft:draft-demo';
const HOUR = 3_600_000;

let handles: FormHandle[] = [];
let clock = 1_000_000;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  clock = 1_000_000;
  document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
});
afterEach(() => {
  for (const handle of handles) handle.destroy();
  handles = [];
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A storage that keeps what it is given, in a map the test can read. */
const memoryStorage = () => {
  const items = new Map<string, string>();
  const storage: DraftStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
  return { items, storage, saved: () => JSON.parse(items.get(KEY) ?? 'null') };
};

const open = (options: MountOptions = {}, config: object = draftForm, target = '#a') => {
  const events: YesLadderEvent[] = [];
  const handle = mount(target, config, {
    now: () => clock,
    onSubmit: () => {},
    onEvent: (event) => events.push(event),
    ...options,
  });
  handles.push(handle);
  const host = document.querySelector(`${target} [data-yesladder-host]`);
  const form = within(host?.shadowRoot as unknown as HTMLElement);
  return { handle, events, form };
};

type Form = ReturnType<typeof open>['form'];
const typeInto = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** From the CTA to the last step, with the email typed and the lead sent. */
const toAbout = async (form: Form) => {
  fireEvent.click(form.getByRole('button', { name: 'Begin' }));
  typeInto(form.getByLabelText(/Email/), 'ada@example.com');
  fireEvent.click(form.getByRole('button', { name: 'Next' }));
  await settle();
  form.getByRole('heading', { name: 'About you' });
};

test('saves the answers once typing pauses for 400 ms, not at every key', async () => {
  const { items, storage, saved } = memoryStorage();
  const setItem = vi.spyOn(storage, 'setItem');
  const { form } = open({ localStorage: storage });
  await toAbout(form);
  setItem.mockClear();

  const name = form.getByLabelText(/Your name/);
  for (const typed of ['A', 'Ad', 'Ada']) {
    typeInto(name, typed);
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS - 100);
  }
  expect(setItem).not.toHaveBeenCalled();
  vi.advanceTimersByTime(100);
  expect(setItem).toHaveBeenCalledTimes(1);
  expect(saved().answers).toEqual({ email: 'ada@example.com', name: 'Ada' });
  expect(items.size).toBe(1);
});

test('saves at once on a step change, with the path and the time, and no session id', async () => {
  const { storage, saved } = memoryStorage();
  const { form } = open({ localStorage: storage, sessionId: 'session-1' });
  await toAbout(form);
  expect(saved()).toEqual({
    v: 1,
    at: clock,
    history: ['start', 'email', 'about'],
    answers: { email: 'ada@example.com' },
  });
});

test('saves what is pending when the page is hidden or left, and when the form is destroyed', async () => {
  const { storage, saved } = memoryStorage();
  const { form, handle } = open({ localStorage: storage });
  await toAbout(form);
  typeInto(form.getByLabelText(/Your name/), 'Ada');
  window.dispatchEvent(new Event('pagehide'));
  expect(saved().answers.name).toBe('Ada');

  typeInto(form.getByLabelText(/Your name/), 'Ada L');
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  Reflect.deleteProperty(document, 'visibilityState');
  expect(saved().answers.name).toBe('Ada L');

  typeInto(form.getByLabelText(/Your name/), 'Ada Lovelace');
  handle.destroy();
  expect(saved().answers.name, 'a destroyed form keeps its draft').toBe('Ada Lovelace');
});

test('never writes a sensitive, password-like or hidden answer to storage', async () => {
  const { items, storage } = memoryStorage();
  const { form, handle } = open({ localStorage: storage });
  await toAbout(form);
  typeInto(form.getByLabelText(/Your name/), 'Ada');
  typeInto(form.getByLabelText(/Anything we should know/), 'my-health-secret');
  typeInto(form.getByLabelText(/Account PIN/), '8642');
  typeInto(form.getByLabelText(/Card/), '4242424242424242');
  vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
  handle.destroy();
  const json = items.get(KEY) ?? '';
  expect(JSON.parse(json).answers).toEqual({ email: 'ada@example.com', name: 'Ada' });
  for (const secret of ['my-health-secret', '8642', '4242424242424242', 'landing', 'health', 'accountPin'])
    expect(json).not.toContain(secret);
});

test('a reload brings the person back to the step they were on, with their answers and Back working', async () => {
  const { storage } = memoryStorage();
  const first = open({ localStorage: storage, sessionId: 'session-1' });
  await toAbout(first.form);
  typeInto(first.form.getByLabelText(/Your name/), 'Ada');
  typeInto(first.form.getByLabelText(/Account PIN/), '8642');
  first.handle.destroy();

  clock += HOUR;
  const again = open({ localStorage: storage });
  const { form, events } = again;
  form.getByRole('heading', { name: 'About you' });
  expect(form.getByText('Step 3 of 3')).toBeTruthy();
  expect((form.getByLabelText(/Your name/) as HTMLInputElement).value).toBe('Ada');
  expect((form.getByLabelText(/Account PIN/) as HTMLInputElement).value).toBe('');
  expect(again.handle.answers()).toEqual({ email: 'ada@example.com', name: 'Ada', source: 'landing' });
  expect(events.map((e) => `${e.name}:${e.step_id}`)).toEqual(['form_view:about', 'step_view:about']);
  expect(events[1]).toMatchObject({ restored: true, step_index: 2 });
  expect(events[1]?.session_id, 'a page view is a session of its own').not.toBe('session-1');
  expect(JSON.stringify(events)).not.toContain('Ada');

  fireEvent.click(form.getByRole('button', { name: 'Back' }));
  expect((form.getByLabelText(/Email/) as HTMLInputElement).value).toBe('ada@example.com');
  expect(form.getByText('Step 2 of 3')).toBeTruthy();
});

test('a draft older than its ttl is deleted when read, and the form starts fresh', async () => {
  const { items, storage } = memoryStorage();
  const config = { ...draftForm, draft: { ttl: HOUR } };
  const first = open({ localStorage: storage }, config);
  await toAbout(first.form);
  first.handle.destroy();
  expect(items.has(KEY)).toBe(true);

  clock += HOUR;
  const { form } = open({ localStorage: storage }, config);
  form.getByRole('heading', { name: 'Get the guide' });
  expect(items.has(KEY)).toBe(false);
});

test('a draft just younger than its ttl is restored', async () => {
  const { storage } = memoryStorage();
  const config = { ...draftForm, draft: { ttl: HOUR } };
  const first = open({ localStorage: storage }, config);
  await toAbout(first.form);
  first.handle.destroy();
  clock += HOUR - 1;
  open({ localStorage: storage }, config).form.getByRole('heading', { name: 'About you' });
});

test('the draft is deleted once the final submission arrived, and the next mount starts fresh', async () => {
  const { items, storage } = memoryStorage();
  const { form, handle } = open({ localStorage: storage });
  await toAbout(form);
  typeInto(form.getByLabelText(/Your name/), 'Ada');
  fireEvent.click(form.getByRole('button', { name: 'Finish' }));
  expect(items.has(KEY), 'kept while the submission is on its way').toBe(true);
  await settle();
  form.getByRole('heading', { name: 'Thank you!' });
  expect(items.has(KEY)).toBe(false);
  vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
  handle.destroy();
  expect(items.has(KEY)).toBe(false);
  open({ localStorage: storage }).form.getByRole('heading', { name: 'Get the guide' });
});

test('a failed final submission keeps the draft', async () => {
  const { storage, saved } = memoryStorage();
  const { form } = open({
    localStorage: storage,
    onSubmit: (_, meta) => {
      if (meta.submission === 'final') throw new Error('down');
    },
  });
  await toAbout(form);
  typeInto(form.getByLabelText(/Your name/), 'Ada');
  fireEvent.click(form.getByRole('button', { name: 'Finish' }));
  await settle();
  vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
  expect(saved()).toMatchObject({ history: ['start', 'email', 'about'], answers: { name: 'Ada' } });
});

test('draft: false reads and writes nothing', async () => {
  const { items, storage } = memoryStorage();
  items.set(KEY, JSON.stringify({ v: 1, at: clock, history: ['start', 'email'], answers: {} }));
  const getItem = vi.spyOn(storage, 'getItem');
  const { form, handle } = open({ localStorage: storage }, { ...draftForm, draft: false });
  form.getByRole('heading', { name: 'Get the guide' });
  await toAbout(form);
  handle.destroy();
  expect(getItem).not.toHaveBeenCalled();
  expect(JSON.parse(items.get(KEY) ?? '').history).toEqual(['start', 'email']);
});

test('uses the page’s localStorage by default', async () => {
  const { form, handle } = open();
  await toAbout(form);
  handle.destroy();
  expect(JSON.parse(localStorage.getItem(KEY) ?? '').history).toEqual(['start', 'email', 'about']);
  open().form.getByRole('heading', { name: 'About you' });
});

test('a second form of the same id on the page keeps its own state: no draft of the first', async () => {
  const { storage, saved } = memoryStorage();
  const first = open({ localStorage: storage });
  await toAbout(first.form);
  const second = open({ localStorage: storage }, draftForm, '#b');
  second.form.getByRole('heading', { name: 'Get the guide' });
  fireEvent.click(second.form.getByRole('button', { name: 'Begin' }));
  expect(saved().history, 'the second form does not overwrite the first one’s draft').toEqual([
    'start',
    'email',
    'about',
  ]);
});

/** Safari's private mode: reading works, writing throws. */
const quotaStorage = (): DraftStorage => ({
  getItem: () => null,
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
  removeItem: () => {},
});
/** Storage blocked by the browser: any use throws. */
const blockedStorage = (): DraftStorage => {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
};

test.each([
  ['refuses every write (QuotaExceededError)', quotaStorage],
  ['refuses any use (SecurityError)', blockedStorage],
])(
  'storage that %s degrades to memory: no error, no console line, the draft kept for the page view',
  async (_, make) => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const onerror = vi.fn();
    window.addEventListener('error', onerror);
    const storage = make();
    const config = { ...draftForm, id: `throwing-${make.name}` };
    const first = open({ localStorage: storage }, config);
    await toAbout(first.form);
    typeInto(first.form.getByLabelText(/Your name/), 'Ada');
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
    first.handle.destroy();

    // A single-page app mounts the form again: the draft comes back from memory.
    const again = open({ localStorage: storage }, config);
    again.form.getByRole('heading', { name: 'About you' });
    expect((again.form.getByLabelText(/Your name/) as HTMLInputElement).value).toBe('Ada');
    fireEvent.click(again.form.getByRole('button', { name: 'Finish' }));
    await settle();
    again.form.getByRole('heading', { name: 'Thank you!' });
    again.handle.destroy();
    open({ localStorage: storage }, config).form.getByRole('heading', { name: 'Get the guide' });

    window.removeEventListener('error', onerror);
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(onerror).not.toHaveBeenCalled();
  },
);

test('a window whose localStorage getter throws degrades to memory too', async () => {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
  const error = vi.spyOn(console, 'error');
  const config = { ...draftForm, id: 'blocked-getter' };
  const first = open({}, config);
  await toAbout(first.form);
  first.handle.destroy();
  open({}, config).form.getByRole('heading', { name: 'About you' });
  expect(error).not.toHaveBeenCalled();
});
