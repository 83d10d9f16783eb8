import { within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { boot } from '../../src/embed/first-paint/boot';
import { startRuntime } from '../../src/embed/first-paint/runtime';
import type { FormHandle } from '../../src/embed/form-handle';
import * as runtime from '../../src/embed/mount';
import { type Runtime, splitMount } from '../../src/embed/split-mount';
import { freeGuide } from '../fixtures/free-guide';

// The split builds paint only what they can show exactly: a form given answers up front (a
// `prefill` option, a `data-prefill`, a config whose `prefill` reads the URL) may start on a
// later step, so the runtime shows it.

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;
const win = window as unknown as { yesladder?: unknown; YesLadder?: unknown };
const made: FormHandle[] = [];

beforeEach(() => {
  document.body.innerHTML = '<div id="a"></div>';
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  for (const form of made.splice(0)) form.destroy();
  // The first script asks for its runtime in a task of its own: here it fails, quietly.
  await new Promise((resolve) => setTimeout(resolve, 5));
  vi.restoreAllMocks();
  delete win.yesladder;
  delete win.YesLadder;
  document.body.innerHTML = '';
});

const hostIn = (selector: string) => document.querySelector(`${selector} [data-yesladder-host]`);
const later = () => {
  let arrive = () => {};
  const promise = new Promise<Runtime>((resolve) => {
    arrive = () => resolve(runtime);
  });
  return { load: () => promise, arrive };
};

test('the npm mount leaves a form with a prefill option to the runtime, which shows it prefilled', async () => {
  const { load, arrive } = later();
  const form = splitMount(
    '#a',
    { ...guide, skipPrefilled: true },
    { prefill: { email: 'ada@example.com' } },
    load,
  );
  made.push(form);
  expect(hostIn('#a')).toBeNull();
  arrive();
  await form.ready;
  expect(form.answers()).toEqual({ email: 'ada@example.com' });
  const shown = within(hostIn('#a')?.shadowRoot as unknown as HTMLElement);
  expect(shown.getByText('Step 1 of 2')).toBeTruthy();
});

test('the npm mount leaves a config whose prefill reads the URL to the runtime', () => {
  const { load } = later();
  made.push(splitMount('#a', { ...guide, prefill: { query: true } }, {}, load));
  expect(hostIn('#a')).toBeNull();
  made.push(splitMount('#a', guide, {}, load));
  expect(hostIn('#a'), 'the same form without prefill is painted').not.toBeNull();
});

const placeholder = (attributes: string) => {
  document.body.innerHTML = `<script type="application/json" id="cfg">${JSON.stringify(guide)}</script>
    <div id="a" data-yesladder="#cfg" ${attributes}></div>`;
};

test('yesladder.js leaves a placeholder with data-prefill unpainted and unmarked, for the runtime', () => {
  placeholder(`data-prefill='{"email":"ada@example.com"}'`);
  boot([], '');
  expect(hostIn('#a')).toBeNull();
  expect(document.querySelector('#a')?.hasAttribute('data-yesladder-mounted')).toBe(false);
  placeholder('');
  boot([], '');
  expect(hostIn('#a'), 'without it, painted').not.toBeNull();
});

test('yesladder.js leaves its own tag’s form to the runtime when the tag has data-prefill', () => {
  document.body.innerHTML = `<script type="application/json" id="cfg">${JSON.stringify(guide)}</script>
    <div id="a"></div>
    <script id="tag" data-config="#cfg" data-target="#a" data-prefill='{"email":"ada@example.com"}'></script>`;
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(document.querySelector('#tag'));
  boot([], '');
  expect(hostIn('#a')).toBeNull();
});

test('yesladder.js leaves a queued yesladder(‘mount’, …, { prefill }) call on the queue, for the runtime', () => {
  win.yesladder = Object.assign(() => {}, {
    q: [['mount', '#a', guide, { prefill: { email: 'ada@example.com' } }]],
  });
  boot([], '');
  expect(hostIn('#a')).toBeNull();
  const queue = win.yesladder as { q: ArrayLike<unknown>[] };
  expect(Array.from(queue.q, (args) => Array.from(args)[0])).toEqual(['mount']);
});

// Last in the file: the form it mounts is never destroyed, and keeps its id's draft key.
test('the runtime mounts the tag the first script left with its data-prefill', () => {
  const target = document.querySelector('#a') as Element;
  startRuntime({
    modules: [],
    tag: { config: guide, target: () => target, prefill: '{"email":"ada@example.com"}' },
    takeOver() {},
  });
  const shown = hostIn('#a');
  expect(shown).not.toBeNull();
  const api = win.yesladder as { mount: unknown };
  expect(typeof api.mount).toBe('function');
  // Its email step shows the address the tag gave.
  const root = within(shown?.shadowRoot as unknown as HTMLElement);
  root.getByRole('button', { name: 'Get the guide' }).click();
  expect((root.getByLabelText(/Where should we send it/) as HTMLInputElement).value).toBe('ada@example.com');
});
