import { within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createGlobal, type YesLadderGlobal } from '../../src/embed/global-api';
import { installGlobal } from '../../src/embed/install-global';
import type { YesLadderEvent } from '../../src/events/types';
import { freeGuide } from '../fixtures/free-guide';

// Two copies of the script on one page: the tag pasted twice, or a CMS plugin bringing another version.

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;
const quiz = {
  id: 'quiz',
  steps: [
    { id: 'pick', type: 'choice', options: ['a', 'b'] },
    { id: 'done', type: 'thanks' },
  ],
};

type Win = { yesladder?: YesLadderGlobal; YesLadder?: YesLadderGlobal };
const win = window as unknown as Win;

/** What another version of the script would install: its own command function, its own version. */
const otherVersion = (): YesLadderGlobal => Object.assign(createGlobal(), { version: '9.9.9' });

let info: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  info = vi.spyOn(console, 'info').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
  document.body.innerHTML = `
    <script type="application/json" id="guide">${JSON.stringify(guide)}</script>
    <script type="application/json" id="quiz">${JSON.stringify(quiz)}</script>
    <div id="signup"></div>
    <div id="placeholder" data-yesladder="#quiz"></div>
    <script id="tag" data-config="#guide" data-target="#signup"></script>
    <script id="again" data-config="#guide" data-target="#signup"></script>`;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  delete win.yesladder;
  delete win.YesLadder;
});

const script = (id: string) => document.querySelector<HTMLScriptElement>(`#${id}`);
const hostsIn = (selector: string) => document.querySelectorAll(`${selector} > [data-yesladder-host]`).length;

test('a second copy of another version keeps the first global and mounts no second form anywhere', () => {
  const first = createGlobal();
  installGlobal(first, script('tag'));
  installGlobal(otherVersion(), script('again'));

  expect(win.YesLadder).toBe(first);
  expect(win.yesladder).toBe(first);
  expect(hostsIn('#signup')).toBe(1);
  expect(hostsIn('#placeholder')).toBe(1);
  expect(info).toHaveBeenCalledOnce();
  expect(info.mock.calls[0]?.[0]).toMatch(/9\.9\.9.*0\.1\.0/);
  expect(error).not.toHaveBeenCalled();
});

test("the first copy's queue keeps working after a second copy arrives", () => {
  (win as { yesladder?: unknown }).yesladder = Object.assign(() => {}, {
    q: [['on', 'form_view', (event: YesLadderEvent) => seen.push(event.form_id)]],
  });
  const seen: string[] = [];
  installGlobal(createGlobal(), null);
  installGlobal(otherVersion(), null);
  document.body.insertAdjacentHTML('beforeend', '<div id="later"></div>');

  win.yesladder?.('mount', '#later', guide);

  // The queued listener ran once per form: the placeholder's, then the one mounted later.
  expect(seen).toEqual(['quiz', 'free-guide']);
  expect(hostsIn('#later')).toBe(1);
});

test("a second copy's own tag for another target is mounted by the first copy", () => {
  document.body.insertAdjacentHTML(
    'beforeend',
    '<div id="sidebar"></div><script id="other" data-config="#quiz" data-target="#sidebar"></script>',
  );
  installGlobal(createGlobal(), script('tag'));
  installGlobal(otherVersion(), script('other'));

  const root = document.querySelector('#sidebar > [data-yesladder-host]')?.shadowRoot;
  expect(within(root as unknown as HTMLElement).getByRole('button', { name: 'a' })).toBeTruthy();
  expect(hostsIn('#signup')).toBe(1);
});

test("a second copy's trouble with the first one's global throws nothing into the page", () => {
  installGlobal(createGlobal(), script('tag'));
  (win.YesLadder as { autoMount: unknown }).autoMount = () => {
    throw new Error('an old version');
  };
  expect(() => installGlobal(otherVersion(), script('again'))).not.toThrow();
});
