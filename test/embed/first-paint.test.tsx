import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { boot } from '../../src/embed/first-paint/boot';
import { mount } from '../../src/embed/mount';
import { everyField } from '../fixtures/every-field';
import { freeGuide } from '../fixtures/free-guide';

// The split build's first script in happy-dom: what it paints must be exactly what the
// runtime's `mount` first shows (the runtime diffs the painted DOM in place), and it paints
// only what it can show exactly. Loading the runtime is tested in Chromium (e2e/split-*).

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;
const win = window as unknown as { yesladder?: unknown };

beforeEach(() => {
  document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  delete win.yesladder;
  document.body.innerHTML = '';
});

/** Paints `config` into #a as the first script does (as a placeholder). */
const paint = (config: unknown) => {
  const source = document.createElement('script');
  source.type = 'application/json';
  source.id = 'cfg';
  source.textContent = JSON.stringify(config);
  document.body.append(source);
  document.querySelector('#a')?.setAttribute('data-yesladder', '#cfg');
  boot([], '');
};

/** The form's markup with its instance's id prefix taken out. */
const markup = (id: string) => {
  const host = document.querySelector(`#${id} [data-yesladder-host]`);
  return host?.shadowRoot?.innerHTML.replace(/yl[-\w]*?\d+(?=[:-])/g, 'UID');
};

test.each([
  ['a CTA first step', guide],
  ['every field kind', everyField],
  ['a fields first step with progress off', { ...guide, progress: false, steps: guide.steps.slice(1) }],
])('paints %s exactly as the runtime’s first render shows it', (_, config) => {
  paint(config);
  mount('#b', config);
  const painted = markup('a');
  expect(painted).toBeDefined();
  expect(painted?.length).toBeGreaterThan(200);
  expect(painted).toBe(markup('b'));
});

test('the page’s global is the async snippet’s queue until the runtime arrives', () => {
  paint(guide);
  const queue = win.yesladder as ((...args: unknown[]) => void) & {
    q: ArrayLike<unknown>[];
    mount?: unknown;
  };
  expect(typeof queue).toBe('function');
  expect(queue.mount).toBeUndefined();
  queue('consent', 'granted');
  expect(Array.from(queue.q, (args) => Array.from(args))).toEqual([['consent', 'granted']]);
});

test.each([
  ['a modal', { ...guide, display: { mode: 'modal', trigger: { click: '#open' } } }],
  ['another language', { ...guide, locale: 'de' }],
  ['A/B arms', { ...guide, variants: { control: {}, short: { steps: guide.steps.slice(1) } } }],
])('leaves %s to the runtime: nothing painted', (_, config) => {
  paint(config);
  expect(markup('a')).toBeUndefined();
  expect(document.querySelector('#a')?.hasAttribute('data-yesladder-mounted')).toBe(false);
});

test('leaves a form with a saved draft to the runtime, which brings the person back to their step', () => {
  localStorage.setItem(`yesladder:draft:${guide.id}`, '{}');
  paint(guide);
  expect(markup('a')).toBeUndefined();
});

test('a config it cannot read is not painted, and is logged once', () => {
  document.body.innerHTML =
    '<script type="application/json" id="bad">{ nope</script><div data-yesladder="#bad"></div>';
  boot([], '');
  expect(document.querySelector('[data-yesladder-host]')).toBeNull();
  const said = vi.mocked(console.error).mock.calls.map(([first]) => String(first));
  expect(said.filter((line) => line.includes('is not valid JSON'))).toHaveLength(1);
  // Marked as handled: the runtime will not log it a second time.
  expect(document.querySelector('[data-yesladder]')?.hasAttribute('data-yesladder-mounted')).toBe(true);
});

test('once the runtime could not load, a later yesladder(…) call says so instead of waiting for good', async () => {
  paint(guide);
  // In happy-dom the first script has no <script src> to load the runtime from: it fails.
  await new Promise((resolve) => setTimeout(resolve, 20));
  vi.mocked(console.error).mockClear();
  const queue = win.yesladder as ((...args: unknown[]) => void) & { q: ArrayLike<unknown>[] };
  queue('mount', '#b', guide);
  expect(Array.from(queue.q)).toEqual([]);
  expect(vi.mocked(console.error).mock.calls.map(([first]) => String(first))).toEqual([
    'yesladder: yesladder("mount", …) cannot run: the runtime did not load.',
  ]);
});

test('paints the async snippet’s queued yesladder(‘mount’, …) calls with their options, and takes them off the queue', () => {
  const snippetStub = Object.assign(() => {}, {
    q: [
      ['on', 'lead_capture', () => {}],
      ['mount', '#a', guide, { shadow: false }],
      ['mount', '#nowhere', guide],
    ],
  });
  win.yesladder = snippetStub;
  boot([], '');
  const host = document.querySelector('#a [data-yesladder-host]');
  expect(host, 'painted').not.toBeNull();
  expect(host?.shadowRoot, 'with its options: no shadow root').toBeNull();
  expect(host?.textContent).toContain('Get your free guide');
  const queue = win.yesladder as { q: ArrayLike<unknown>[] };
  expect(Array.from(queue.q, (args) => Array.from(args)[0])).toEqual(['on', 'mount']);
});
