import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { loaderScript } from '../../src/cli/render-snippet';
import { createGlobal, type YesLadderGlobal } from '../../src/embed/global-api';
import { installGlobal } from '../../src/embed/install-global';
import type { YesLadderEvent } from '../../src/events/types';
import { freeGuide } from '../fixtures/free-guide';

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;
const quiz = {
  id: 'quiz',
  steps: [
    { id: 'pick', type: 'choice', options: ['a', 'b'], lead: true },
    { id: 'done', type: 'thanks' },
  ],
};

type Win = { yesladder?: unknown; YesLadder?: unknown };
const win = window as unknown as Win;

/** The loader's first line exactly as the CLI prints it: defines the queue, fetches nothing. */
const pasteLoaderQueue = () => {
  const line = loaderScript('/x.js', 'sha384-x')
    .split('\n')
    .find((l) => l.includes('window.yesladder ='));
  new Function(line ?? 'throw new Error("no loader line")')();
};
const offs: (() => void)[] = [];
/** Calls `window.yesladder`, keeping each `on` unsubscribe so no listener outlives its test. */
const yesladder = (...args: unknown[]) => {
  const result = (win.yesladder as (...a: unknown[]) => unknown)(...args);
  if (args[0] === 'on' && typeof result === 'function') offs.push(result as () => void);
  return result;
};
const scriptArrives = () => installGlobal(createGlobal(), null);

beforeEach(() => {
  document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
});
afterEach(() => {
  for (const off of offs.splice(0)) off();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  delete win.yesladder;
  delete win.YesLadder;
});

const formIn = (selector: string) => {
  const hosts = document.querySelectorAll(`${selector} > [data-yesladder-host]`);
  const root = hosts[0]?.shadowRoot;
  if (hosts.length !== 1 || !root) throw new Error(`expected one form in ${selector}, found ${hosts.length}`);
  return within(root as unknown as HTMLElement);
};

test('runs the calls made before the script arrived, in the order they were made', () => {
  pasteLoaderQueue();
  const seen: string[] = [];
  yesladder('on', 'form_view', (event: YesLadderEvent) => seen.push(event.form_id));
  yesladder('mount', '#a', guide);
  yesladder('mount', '#b', quiz);
  expect(document.querySelectorAll('[data-yesladder-host]')).toHaveLength(0);

  scriptArrives();

  expect(formIn('#a').getByRole('button', { name: 'Get the guide' })).toBeTruthy();
  expect(formIn('#b').getByRole('button', { name: 'a' })).toBeTruthy();
  // The listener was queued first, so it heard both forms appear, in mount order.
  expect(seen).toEqual(['free-guide', 'quiz']);
});

test('runs calls at once after the script has arrived, and a loader pasted late keeps the real function', () => {
  scriptArrives();
  const real = win.yesladder;
  pasteLoaderQueue();
  expect(win.yesladder).toBe(real);

  const handle = yesladder('mount', '#a', guide) as { answers(): object } | undefined;
  expect(formIn('#a').getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
  expect(handle?.answers()).toEqual({});
});

test("on('lead_capture') hears the lead of every form on the page, present and future", () => {
  scriptArrives();
  yesladder('mount', '#a', quiz);
  const leads: string[] = [];
  yesladder('on', 'lead_capture', (event: YesLadderEvent) => leads.push(`${event.form_id}:${event.step_id}`));
  document.body.insertAdjacentHTML('beforeend', '<div id="later"></div>');
  yesladder('mount', '#later', { ...quiz, id: 'later-quiz' });

  fireEvent.click(formIn('#a').getByRole('button', { name: 'b' }));
  fireEvent.click(formIn('#later').getByRole('button', { name: 'a' }));

  expect(leads).toEqual(['quiz:pick', 'later-quiz:pick']);
});

test("on('*') hears every event, and its unsubscribe stops it", () => {
  scriptArrives();
  const names: string[] = [];
  const off = yesladder('on', '*', (event: YesLadderEvent) => names.push(event.name)) as () => void;
  yesladder('mount', '#a', quiz);
  expect(names).toEqual(['form_view', 'step_view']);
  off();
  fireEvent.click(formIn('#a').getByRole('button', { name: 'a' }));
  expect(names).toEqual(['form_view', 'step_view']);
});

test('an unknown command logs one error naming it and the known commands, and throws nothing', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  pasteLoaderQueue();
  yesladder('mount', '#a', guide);
  yesladder('open', '#a');
  yesladder('on', 'form_view', () => {});
  expect(() => scriptArrives()).not.toThrow();
  expect(() => yesladder(42)).not.toThrow();

  expect(error.mock.calls.map(([message]) => message)).toEqual([
    'yesladder: yesladder("open") is no command. Commands are: mount, attach, on, consent, autoMount, route.',
    'yesladder: yesladder(42) is no command. Commands are: mount, attach, on, consent, autoMount, route.',
  ]);
  // The calls around the bad one still ran.
  expect(formIn('#a').getByRole('button', { name: 'Get the guide' })).toBeTruthy();
});

test('a wrong mount or on call is one console message, never a throw', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  scriptArrives();
  expect(yesladder('mount', '#nowhere', guide)).toBeUndefined();
  expect(yesladder('mount', '#a[', guide)).toBeUndefined();
  expect(yesladder('on', 'form_view')).toBeUndefined();
  yesladder('on', 'lead_captured', () => {});

  expect(error.mock.calls.map(([message]) => message)).toEqual([
    `yesladder: yesladder('mount', "#nowhere", …) matches no element on this page.`,
    `yesladder: yesladder('mount', "#a[", …) matches no element on this page.`,
    `yesladder: yesladder('on', "form_view", …) needs a function to call.`,
  ]);
  expect(warn).toHaveBeenCalledOnce();
  expect(warn.mock.calls[0]?.[0]).toContain('"lead_captured", …) names no event. Events are: *, form_view,');
});

test('a listener that throws is reported as a warning and the others still hear the event', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  scriptArrives();
  const heard: string[] = [];
  yesladder('on', 'form_view', () => {
    throw new Error('page bug');
  });
  yesladder('on', 'form_view', (event: YesLadderEvent) => heard.push(event.form_id));
  yesladder('mount', '#a', guide);
  expect(heard).toEqual(['free-guide']);
  expect(warn).toHaveBeenCalledWith('yesladder: an on() listener threw:', expect.any(Error));
});

test('mounting into a target that already holds a form (the snippet pasted twice) adds no second form', () => {
  scriptArrives();
  yesladder('mount', '#a', guide);
  expect(yesladder('mount', '#a', guide)).toBeUndefined();
  expect(document.querySelectorAll('#a [data-yesladder-host]')).toHaveLength(1);
});

test('a form destroyed from its handle can be mounted again in the same target', () => {
  scriptArrives();
  const first = yesladder('mount', '#a', guide) as { destroy(): void };
  first.destroy();
  expect(document.querySelectorAll('[data-yesladder-host]')).toHaveLength(0);
  yesladder('mount', '#a', quiz);
  expect(formIn('#a').getByRole('button', { name: 'a' })).toBeTruthy();
});

test('waits for a target the page has not parsed yet when the script arrives early', () => {
  const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
  document.body.innerHTML = '';
  pasteLoaderQueue();
  yesladder('mount', '#late', guide);
  scriptArrives();
  expect(document.querySelectorAll('[data-yesladder-host]')).toHaveLength(0);

  document.body.innerHTML = '<div id="late"></div>';
  readyState.mockReturnValue('interactive');
  document.dispatchEvent(new Event('DOMContentLoaded'));
  expect(formIn('#late').getByRole('button', { name: 'Get the guide' })).toBeTruthy();
});

test('window.yesladder is the command function carrying the API, and window.YesLadder is the same object', () => {
  scriptArrives();
  const global = win.yesladder as YesLadderGlobal;
  expect(win.YesLadder).toBe(global);
  expect(typeof global).toBe('function');
  expect(Object.keys(global).sort()).toEqual([
    'ConfigError',
    'attach',
    'autoMount',
    'defaultMessages',
    'mount',
    'parseForm',
    'route',
    'sinks',
    'version',
  ]);
  global.mount('#a', guide);
  expect(formIn('#a').getByRole('button', { name: 'Get the guide' })).toBeTruthy();
});

test("yesladder('autoMount') mounts placeholders added later, queued before the script as after it", () => {
  pasteLoaderQueue();
  document.body.innerHTML = `<script type="application/json" id="cfg">${JSON.stringify(quiz)}</script><div id="later"></div>`;
  const later = document.querySelector('#later') as HTMLElement;
  later.setAttribute('data-yesladder', '#cfg');
  yesladder('autoMount');
  scriptArrives();
  expect(later.querySelector('[data-yesladder-host]')).not.toBeNull();
  const second = document.createElement('div');
  second.setAttribute('data-yesladder', '#cfg');
  document.body.append(second);
  expect(yesladder('autoMount')).toHaveLength(1);
  expect(second.querySelector('[data-yesladder-host]')).not.toBeNull();
  expect(yesladder('autoMount'), 'each placeholder once').toHaveLength(0);
});
