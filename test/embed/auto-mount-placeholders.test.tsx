import { fireEvent, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { autoMount } from '../../src/embed/auto-mount';
import { freeGuide } from '../fixtures/free-guide';

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;
const quiz = {
  id: 'quiz',
  steps: [
    { id: 'pick', type: 'choice', options: ['a', 'b'] },
    { id: 'done', type: 'thanks' },
  ],
};

const json = (id: string, config: unknown) =>
  `<script type="application/json" id="${id}">${JSON.stringify(config)}</script>`;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The one form inside `element`, as a person sees it. */
const formIn = (element: Element | null) => {
  const hosts = element?.querySelectorAll(':scope > [data-yesladder-host]') ?? [];
  const root = hosts[0]?.shadowRoot;
  if (hosts.length !== 1 || !root) throw new Error(`expected one form, found ${hosts.length}`);
  return within(root as unknown as HTMLElement);
};
const hostCount = () => document.querySelectorAll('[data-yesladder-host]').length;

test('mounts a form in every placeholder, with the same or different configs', () => {
  document.body.innerHTML = `${json('guide', guide)}${json('quiz', quiz)}
    <div id="one" data-yesladder="#guide"></div>
    <p>Between the forms.</p>
    <div id="two" data-yesladder="#quiz"></div>
    <div id="three" data-yesladder="#guide"></div>`;

  expect(autoMount()).toHaveLength(3);

  expect(formIn(document.querySelector('#one')).getByRole('button', { name: 'Get the guide' })).toBeTruthy();
  expect(formIn(document.querySelector('#two')).getByRole('button', { name: 'b' })).toBeTruthy();
  expect(
    formIn(document.querySelector('#three')).getByRole('button', { name: 'Get the guide' }),
  ).toBeTruthy();
  // Two forms from one config are independent: moving one on leaves the other where it was.
  fireEvent.click(formIn(document.querySelector('#one')).getByRole('button', { name: 'Get the guide' }));
  expect(formIn(document.querySelector('#one')).getByLabelText(/Where should we send it/)).toBeTruthy();
  expect(
    formIn(document.querySelector('#three')).getByRole('button', { name: 'Get the guide' }),
  ).toBeTruthy();
});

test('a rescan mounts only the placeholders added since, never a second form', () => {
  document.body.innerHTML = `${json('quiz', quiz)}<div id="one" data-yesladder="#quiz"></div>`;
  autoMount();
  document.body.insertAdjacentHTML(
    'beforeend',
    '<section><div id="two" data-yesladder="#quiz"></div></section>',
  );

  expect(autoMount()).toHaveLength(1);
  expect(autoMount()).toHaveLength(0);
  expect(hostCount()).toBe(2);
  expect(formIn(document.querySelector('#two')).getByRole('button', { name: 'a' })).toBeTruthy();
});

test('a rescan can be limited to part of the page', () => {
  document.body.innerHTML = `${json('quiz', quiz)}<div data-yesladder="#quiz"></div><aside><div data-yesladder="#quiz"></div></aside>`;
  expect(autoMount(document.querySelector('aside') as Element)).toHaveLength(1);
  expect(formIn(document.querySelector('aside > div')).getByRole('button', { name: 'a' })).toBeTruthy();
  expect(hostCount()).toBe(1);
});

test('a placeholder whose config is missing or broken logs one error, once, and the others still mount', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  document.body.innerHTML = `${json('quiz', quiz)}<script type="application/json" id="broken">{ "id": </script>
    <div data-yesladder="#missing"></div><div data-yesladder="#broken"></div><div id="ok" data-yesladder="#quiz"></div>`;

  autoMount();
  autoMount();

  expect(error.mock.calls.map(([message]) => String(message).split(':').slice(0, 2).join(':'))).toEqual([
    'yesladder: data-yesladder="#missing" matches no element. Point it at a <script type="application/json" id="…"> holding the config.',
    'yesladder: the config in #broken is not valid JSON',
  ]);
  expect(formIn(document.querySelector('#ok')).getByRole('button', { name: 'a' })).toBeTruthy();
  expect(hostCount()).toBe(1);
});

test('a script tag mounts its form into data-target, or right after itself without one', () => {
  document.body.innerHTML = `${json('quiz', quiz)}<div id="signup"></div>
    <script data-config="#quiz" data-target="#signup"></script>
    <script id="plain" data-config="#quiz"></script>`;
  const [targeted, plain] = [...document.querySelectorAll<HTMLScriptElement>('script[data-config]')];

  expect(autoMount(targeted)).toHaveLength(1);
  expect(autoMount(plain)).toHaveLength(1);

  expect(formIn(document.querySelector('#signup')).getByRole('button', { name: 'a' })).toBeTruthy();
  expect(formIn(document.querySelector('#plain + div')).getByRole('button', { name: 'a' })).toBeTruthy();
});

test('the same tag twice mounts one form, and a data-target that matches nothing is one error', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  document.body.innerHTML = `${json('quiz', quiz)}<div id="signup"></div>
    <script data-config="#quiz" data-target="#signup"></script>
    <script data-config="#quiz" data-target="#signup"></script>
    <script data-config="#quiz" data-target="#nowhere"></script>`;
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[data-config]')];

  for (const script of [...scripts, ...scripts]) autoMount(script);

  expect(hostCount()).toBe(1);
  expect(error.mock.calls).toEqual([['yesladder: data-target="#nowhere" matches no element on this page.']]);
});
