import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { YesLadderCommand } from '../../src/embed/command-queue';
import type { FormHandle, MountOptions, mount as mountFn } from '../../src/embed/mount';
import type { SinkEvent, YesLadderEvent } from '../../src/events/types';
import { callbackSink } from '../../src/sinks/callback';
import { freeGuide } from '../fixtures/free-guide';

// Consent in happy-dom: the gate stands before every analytics sink, never before the page's
// own listeners. page-consent.ts remembers the page's decision per document in a module-level
// WeakMap with no reset, and happy-dom keeps one document per file: each test loads the embed
// afresh (vi.resetModules) so no decision leaks from one test into the next.

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;

let mount: typeof mountFn;
let yesladder: YesLadderCommand;
const handles: FormHandle[] = [];
const stopListening: (() => void)[] = [];

beforeEach(async () => {
  vi.resetModules();
  const [embed, queue] = await Promise.all([
    import('../../src/embed/mount'),
    import('../../src/embed/command-queue'),
  ]);
  mount = embed.mount;
  yesladder = queue.createCommand();
  document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
});

afterEach(() => {
  // Each form listens for `yesladder:consent` on the document, which outlives the test.
  for (const handle of handles.splice(0)) handle.destroy();
  for (const stop of stopListening.splice(0)) stop();
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  delete (globalThis as Record<string, unknown>).ylConsentLayer;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The browser sends Global Privacy Control (restored in afterEach). */
const sendGlobalPrivacyControl = () =>
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });

const formIn = (selector: string) => {
  const root = document.querySelector(`${selector} > [data-yesladder-host]`)?.shadowRoot;
  if (!root) throw new Error(`no form in ${selector}`);
  return within(root as unknown as HTMLElement);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const typeInto = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });
const label = (event: { name: string; step_id: string }) => `${event.name}:${event.step_id}`;

/**
 * Mounts the guide in `#a` (or `selector`) with a sink and every in-page listener recording.
 * `heard` is what `handle.on('*')` hears: attached after mount, it misses the first two events.
 */
const mountGuide = (config: Record<string, unknown> = {}, options: MountOptions = {}, selector = '#a') => {
  const sent: SinkEvent[] = [];
  const heard: YesLadderEvent[] = [];
  const onEvent: YesLadderEvent[] = [];
  const submissions: string[] = [];
  const handle = mount(
    selector,
    { ...guide, ...config },
    {
      sessionId: 'consent-session',
      sinks: [callbackSink((event) => sent.push(event))],
      onEvent: (event) => onEvent.push(event),
      onSubmit: (_answers, meta) => {
        submissions.push(meta.submission);
      },
      ...options,
    },
  );
  handles.push(handle);
  handle.on('*', (event) => heard.push(event));
  return { handle, sent, heard, onEvent, submissions };
};

/** The DOM events every form dispatches, from now on. */
const listenToDom = () => {
  const seen: string[] = [];
  const listener = (event: Event) => seen.push(label((event as CustomEvent<YesLadderEvent>).detail));
  document.addEventListener('yesladder:event', listener);
  stopListening.push(() => document.removeEventListener('yesladder:event', listener));
  return seen;
};

/** A person goes through the whole guide in `selector`, refused once on the email step. */
const completeFunnel = async (selector = '#a') => {
  fireEvent.click(formIn(selector).getByRole('button', { name: 'Get the guide' }));
  fireEvent.click(formIn(selector).getByRole('button', { name: 'Send it to me' }));
  typeInto(formIn(selector).getByLabelText(/Where should we send it/), 'consent@example.com');
  fireEvent.click(formIn(selector).getByRole('button', { name: 'Send it to me' }));
  await settle();
  fireEvent.click(formIn(selector).getByLabelText('Freelancer'));
  fireEvent.click(formIn(selector).getByRole('button', { name: 'Finish' }));
  await settle();
  expect(formIn(selector).getByRole('heading', { name: 'Check your inbox!' })).toBeTruthy();
};

const wholeFunnel = [
  'form_view:start',
  'step_view:start',
  'step_complete:start',
  'step_view:email',
  'field_invalid:email',
  'step_complete:email',
  'lead_capture:email',
  'step_view:about',
  'step_complete:about',
  'form_submit:about',
  'step_view:thanks',
];
const openingEvents = ['form_view:start', 'step_view:start'];

test('with consent denied in the config no sink receives anything, while the page hears every event and the form submits', async () => {
  const dom = listenToDom();
  const plain = vi.fn();
  const { sent, heard, onEvent, submissions } = mountGuide(
    { consent: 'denied', analytics: [{ type: 'dataLayer', global: 'ylConsentLayer', gtag: false }] },
    { sinks: [callbackSink(plain), plain] },
  );
  await completeFunnel();
  window.dispatchEvent(new Event('pagehide'));

  expect(submissions).toEqual(['lead', 'final']);
  expect(heard.map(label)).toEqual(wholeFunnel.slice(2));
  expect(onEvent.map(label)).toEqual(wholeFunnel);
  expect(dom).toEqual(wholeFunnel);
  expect(sent).toEqual([]);
  expect(plain).not.toHaveBeenCalled();
  // The config's sink is a lazy chunk: once it has surely loaded, it still holds nothing.
  await import('../../src/sinks/data-layer');
  await settle();
  expect((globalThis as Record<string, unknown>).ylConsentLayer).toBeUndefined();
});

test('Global Privacy Control makes a form whose config grants consent send nothing, and the form still works', async () => {
  sendGlobalPrivacyControl();
  const dom = listenToDom();
  const { sent, heard, onEvent, submissions } = mountGuide({ consent: 'granted' });
  await completeFunnel();

  expect(submissions).toEqual(['lead', 'final']);
  expect(sent).toEqual([]);
  expect(heard.map(label)).toEqual(wholeFunnel.slice(2));
  expect(onEvent.map(label)).toEqual(wholeFunnel);
  expect(dom).toEqual(wholeFunnel);
});

test('Global Privacy Control makes a config with no consent key send nothing', () => {
  sendGlobalPrivacyControl();
  const { sent, onEvent } = mountGuide();
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  expect(onEvent).toHaveLength(4);
  expect(sent).toEqual([]);
});

test('Global Privacy Control turns a pending config into denied: nothing waits for a later grant', () => {
  sendGlobalPrivacyControl();
  const { handle, sent } = mountGuide({ consent: 'pending' });
  handle.consent('granted');
  expect(sent).toEqual([]);
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  expect(sent.map(label)).toEqual(['step_complete:start', 'step_view:email']);
});

test('pending consent sends nothing until the form is granted, then every held event in order, then the rest as they come', () => {
  const { handle, sent, onEvent } = mountGuide({ consent: 'pending' });
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Send it to me' }));
  expect(sent).toEqual([]);
  expect(onEvent).toHaveLength(5);

  handle.consent('granted');
  expect(sent).toEqual(onEvent);
  expect(sent.map(label)).toEqual([
    ...openingEvents,
    'step_complete:start',
    'step_view:email',
    'field_invalid:email',
  ]);

  typeInto(formIn('#a').getByLabelText(/Where should we send it/), 'held@example.com');
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Send it to me' }));
  expect(sent.slice(5).map(label)).toEqual(['step_complete:email', 'lead_capture:email', 'step_view:about']);
});

test('denying a pending form drops what it held and sends nothing after, while the form keeps working', async () => {
  const { handle, sent, heard, submissions } = mountGuide({ consent: 'pending' });
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  handle.consent('denied');
  expect(sent).toEqual([]);

  typeInto(formIn('#a').getByLabelText(/Where should we send it/), 'denied@example.com');
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Send it to me' }));
  await settle();
  expect(sent).toEqual([]);
  expect(submissions).toEqual(['lead']);
  expect(heard.at(-1)).toMatchObject({ name: 'step_view', step_id: 'about' });

  // A later yes sends only what happens from then on: dropped events never come back.
  handle.consent('granted');
  expect(sent).toEqual([]);
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Finish' }));
  await settle();
  expect(sent.map(label)).toEqual(['step_complete:about', 'form_submit:about', 'step_view:thanks']);
});

test('a granted form set back to pending holds new events until granted again', () => {
  const { handle, sent } = mountGuide();
  expect(sent.map(label)).toEqual(openingEvents);
  handle.consent('pending');
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  expect(sent).toHaveLength(2);
  handle.consent('granted');
  expect(sent.map(label)).toEqual([...openingEvents, 'step_complete:start', 'step_view:email']);
});

test("yesladder('consent', 'granted') releases a pending form already on the page and starts a later form granted", () => {
  const first = mountGuide({ consent: 'pending' }, {}, '#a');
  expect(first.sent).toEqual([]);

  yesladder('consent', 'granted');
  expect(first.sent.map(label)).toEqual(openingEvents);

  const later = mountGuide({ consent: 'pending' }, {}, '#b');
  expect(later.sent.map(label)).toEqual(openingEvents);
  fireEvent.click(formIn('#b').getByRole('button', { name: 'Get the guide' }));
  expect(later.sent.map(label)).toEqual([...openingEvents, 'step_complete:start', 'step_view:email']);
});

test("yesladder('consent', 'denied') silences a granted form already on the page and a granted form mounted later", async () => {
  const first = mountGuide({}, {}, '#a');
  expect(first.sent).toHaveLength(2);

  yesladder('consent', 'denied');
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  expect(first.sent).toHaveLength(2);
  expect(first.onEvent).toHaveLength(4);

  const later = mountGuide({ consent: 'granted' }, {}, '#b');
  await completeFunnel('#b');
  expect(later.sent).toEqual([]);
  expect(later.onEvent.map(label)).toEqual(wholeFunnel);
  expect(later.submissions).toEqual(['lead', 'final']);
});

test("yesladder('consent', 'granted') lifts Global Privacy Control, for forms already mounted and forms mounted later", () => {
  sendGlobalPrivacyControl();
  const first = mountGuide({}, {}, '#a');
  expect(first.sent).toEqual([]);

  yesladder('consent', 'granted');
  // What happened under GPC was never held, so nothing of it is sent now.
  expect(first.sent).toEqual([]);
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  expect(first.sent.map(label)).toEqual(['step_complete:start', 'step_view:email']);

  const later = mountGuide({ consent: 'denied' }, {}, '#b');
  expect(later.sent.map(label)).toEqual(openingEvents);
});

test('a new form starts with the page decision, else denied under Global Privacy Control, else its config', () => {
  // Precedence in page-consent.ts: page decision ?? GPC ?? config (?? granted).
  const starts = (config: Record<string, unknown>, selector: string) =>
    mountGuide(config, {}, selector).sent.length > 0 ? 'sending' : 'silent';

  document.body.innerHTML = '<div id="c1"></div><div id="c2"></div><div id="c3"></div><div id="c4"></div>';
  expect(starts({}, '#c1')).toBe('sending');
  expect(starts({ consent: 'denied' }, '#c2')).toBe('silent');
  sendGlobalPrivacyControl();
  expect(starts({ consent: 'granted' }, '#c3')).toBe('silent');
  yesladder('consent', 'granted');
  expect(starts({ consent: 'denied' }, '#c4')).toBe('sending');
});

test("a page decision of 'pending' does not lift Global Privacy Control: only the page's yes does", () => {
  sendGlobalPrivacyControl();
  yesladder('consent', 'pending');
  const { sent } = mountGuide({ consent: 'granted' });
  yesladder('consent', 'pending');
  expect(sent).toEqual([]);
  // Nothing was held while GPC kept the form denied: the yes sends only what comes next.
  yesladder('consent', 'granted');
  expect(sent).toEqual([]);
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  expect(sent.length).toBeGreaterThan(0);
});

test('the last decision wins, whether it came from the page or from the form', () => {
  const { handle, sent } = mountGuide({ consent: 'pending' });
  handle.consent('denied');
  yesladder('consent', 'granted');
  expect(sent).toEqual([]);
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  expect(sent).toHaveLength(2);
  handle.consent('denied');
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Send it to me' }));
  expect(sent).toHaveLength(2);
});

test("a wrong yesladder('consent', …) value is one console error and changes no form", () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { sent } = mountGuide({ consent: 'pending' });
  yesladder('consent', 'yes' as never);
  expect(error).toHaveBeenCalledOnce();
  expect(error.mock.calls[0]?.[0]).toBe(
    `yesladder: yesladder('consent', "yes") needs "granted", "denied" or "pending".`,
  );
  expect(sent).toEqual([]);
  const later = mountGuide({}, {}, '#b');
  expect(later.sent.map(label)).toEqual(openingEvents);
});

test('beforeSend is not called while consent is denied, and on() listeners still see every event', () => {
  const beforeSend = vi.fn(
    (event: YesLadderEvent): SinkEvent => ({ ...event, name: `renamed_${event.name}` }),
  );
  const { handle, sent, heard } = mountGuide({ consent: 'denied' }, { beforeSend });
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  expect(beforeSend).not.toHaveBeenCalled();
  expect(sent).toEqual([]);
  expect(heard.map((event) => event.name)).toEqual(['step_complete', 'step_view']);

  handle.consent('granted');
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Send it to me' }));
  expect(beforeSend).toHaveBeenCalledTimes(1);
  expect(sent.map((event) => event.name)).toEqual(['renamed_field_invalid']);
  // The page's own listeners see the event as it was.
  expect(heard.at(-1)?.name).toBe('field_invalid');
});

test('while pending, beforeSend is not called; on a grant it runs once per held event, in order', () => {
  let clock = 0;
  const calls: string[] = [];
  const beforeSend = (event: YesLadderEvent): SinkEvent | null => {
    calls.push(`${event.name}@${clock}`);
    if (event.name === 'form_view') return null;
    return { ...event, name: `renamed_${event.name}`, seen_at: clock };
  };
  const { handle, sent } = mountGuide({ consent: 'pending' }, { beforeSend });
  clock = 1;
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  expect(calls).toEqual([]);
  expect(sent).toEqual([]);

  clock = 2;
  handle.consent('granted');
  expect(calls).toEqual(['form_view@2', 'step_view@2', 'step_complete@2', 'step_view@2']);
  // The held events were kept as they were, and what beforeSend made of them is what is sent.
  expect(
    sent.map(
      (event) => `${event.name}:${event.step_id}:${String((event as Record<string, unknown>).seen_at)}`,
    ),
  ).toEqual(['renamed_step_view:start:2', 'renamed_step_complete:start:2', 'renamed_step_view:email:2']);

  clock = 3;
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Send it to me' }));
  expect(calls.at(-1)).toBe('field_invalid@3');
  expect(sent.at(-1)?.name).toBe('renamed_field_invalid');
});

test('beforeSend never sees the events a pending form held when the person then denies', () => {
  const beforeSend = vi.fn((event: YesLadderEvent): SinkEvent => event);
  const { handle, sent, onEvent } = mountGuide({ consent: 'pending' }, { beforeSend });
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Get the guide' }));
  handle.consent('denied');
  fireEvent.click(formIn('#a').getByRole('button', { name: 'Send it to me' }));
  expect(onEvent).toHaveLength(5);
  expect(beforeSend).not.toHaveBeenCalled();
  expect(sent).toEqual([]);
});
