import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { configFromUrl, playgroundLink } from '../../docs/site/playground/link';
import { type Playground, startPlayground } from '../../docs/site/playground/main';
import { playgroundBody } from '../../docs/site/playground/markup';
import { inlineScriptHash } from '../../src/cli/integrity';
import { renderSnippet, snippetScript } from '../../src/cli/render-snippet';
import { freeGuide } from '../fixtures/free-guide';

// The positioning module is the seam to the real browser: here it records what a popover points at.
const anchored = vi.hoisted(() => [] as Element[]);
vi.mock('../../src/embed/display/load-anchor', () => ({
  loadAnchor: () =>
    Promise.resolve({
      anchor: (_floating: HTMLElement, reference: Element) => {
        anchored.push(reference);
        return () => {};
      },
    }),
}));

const data = {
  version: '0.1.0',
  cdn: 'https://cdn.jsdelivr.net/npm/yesladder@0.1.0/dist/',
  integrity: {
    'yesladder.js': 'sha384-split-build-hash',
    'yesladder.popover.global.js': 'sha384-popover-build-hash',
  },
  config: freeGuide,
};

let playground: Playground | undefined;

/** The page as the site builds it: the body, its data, then the script (here, a call). */
const start = (pageData: object = data) => {
  document.body.innerHTML = `${playgroundBody()}<script type="application/json" id="playground-data">${JSON.stringify(pageData)}</script>`;
  playground = startPlayground(document);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  playground?.destroy();
  playground = undefined;
  document.body.innerHTML = '';
  window.location.hash = '';
  anchored.length = 0;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const editor = () => byId<HTMLTextAreaElement>('config');
const shadow = () => {
  const host = byId('preview').querySelector('[data-yesladder-host]');
  if (!host?.shadowRoot) throw new Error('no form in the preview');
  return host.shadowRoot;
};
const inPreview = () => within(shadow() as unknown as HTMLElement);
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Types a whole new text into the editor and waits out the check's pause. */
const type = (text: string) => {
  editor().value = text;
  fireEvent.input(editor());
  vi.advanceTimersByTime(250);
};
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;
const snippetShown = () => vi.waitFor(() => expect(byId<HTMLTextAreaElement>('snippet').value).not.toBe(''));

test('the preview shows the config’s first step', () => {
  start();
  expect(editor().value).toBe(pretty(freeGuide));
  expect(inPreview().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
  expect(byId('issues').textContent).toContain('No problems');
  expect(editor().getAttribute('aria-invalid')).toBe('false');
  expect(editor().getAttribute('aria-describedby')).toContain('issues');
});

test('numbers every line of the config beside it', () => {
  start();
  expect(byId('gutter').children).toHaveLength(editor().value.split('\n').length);
  editor().value += '\n\n';
  fireEvent.input(editor());
  expect(byId('gutter').children).toHaveLength(editor().value.split('\n').length);
});

test('a config parseForm refuses shows each issue at its line, and nothing breaks', () => {
  start();
  const text = pretty({
    ...freeGuide,
    steps: freeGuide.steps.map((step) =>
      step.id === 'email' ? { ...step, fields: [{ name: 'email', type: 'phone' }] } : step,
    ),
  });
  type(text);
  const line = lineOf(text, '"type": "phone"');
  const issue = within(byId('issues')).getByText('steps[1].fields[0].type').closest('li');
  expect(issue?.textContent).toMatch(new RegExp(`^line ${line}: expected one of .*received "phone"`));
  expect(editor().getAttribute('aria-invalid')).toBe('true');
  const mark = byId('gutter').children[line - 1];
  expect(mark?.textContent).toBe(`! ${line}`);
  expect(mark?.className).toContain('pg-line-error');
  expect(byId('gutter').querySelectorAll('.pg-line-error')).toHaveLength(1);
  // The last good form stays in the preview, said to be stale; no snippet to copy.
  expect(inPreview().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
  expect(byId('preview-status').textContent).toContain('last valid one');
  expect(byId<HTMLButtonElement>('copy-snippet').disabled).toBe(true);
  expect(byId<HTMLTextAreaElement>('snippet').value).toBe('');
});

test('an issue’s line button moves the cursor to it', () => {
  start();
  const text = pretty({ ...freeGuide, progres: false });
  type(text);
  fireEvent.click(within(byId('issues')).getByRole('button', { name: /line/ }));
  expect(document.activeElement).toBe(editor());
  const before = text.slice(0, editor().selectionStart);
  expect(before.split('\n')).toHaveLength(lineOf(text, '"progres"'));
  expect(text.slice(editor().selectionStart)).toMatch(/^"progres"/);
});

test('a JSON syntax error is shown with its line and column', () => {
  start();
  type('{\n  "id": "guide"\n  "steps": []\n}');
  expect(byId('issues').textContent).toBe('line 2, column 16: expected "," or "}" after a property');
  expect(byId('gutter').children[1]?.textContent).toBe('! 2');
  expect(editor().getAttribute('aria-invalid')).toBe('true');
  expect(byId('lint-summary').textContent).toContain('fix its problems first');
});

test('fixing the config takes the problems away and shows the new form', () => {
  start();
  type('{ "id": "x" ');
  type(pretty({ id: 'quiz', steps: [{ id: 'one', type: 'cta', title: 'A new first step' }] }));
  expect(byId('issues').textContent).toContain('No problems');
  expect(byId('gutter').querySelectorAll('.pg-line-error')).toHaveLength(0);
  expect(inPreview().getByRole('heading', { name: 'A new first step' })).toBeTruthy();
  expect(byId('preview').querySelectorAll('[data-yesladder-host]')).toHaveLength(1);
});

test('lists the friction linter’s findings with severity, rule and message', () => {
  start();
  const text = pretty({
    id: 'quote',
    steps: [
      {
        id: 'details',
        fields: [
          { name: 'email', type: 'email', required: true },
          { name: 'name' },
          { name: 'phone', type: 'tel' },
          { name: 'project', type: 'textarea' },
        ],
      },
      { id: 'thanks', type: 'thanks', title: 'Thanks' },
    ],
  });
  type(text);
  const finding = within(byId('lint')).getByText('first-ask-too-big').closest('li');
  expect(finding?.textContent).toContain('error');
  expect(finding?.textContent).toContain('The first step "details" asks 4 questions at once');
  expect(finding?.textContent).toContain('Fix: Open with a cta step');
  expect(finding?.textContent).toContain(`line ${lineOf(text, '"id": "details"') - 1}`);
  expect(byId('lint-summary').textContent).toMatch(/^1 error, \d+ warnings?/);
});

test('a ladder with nothing to say gets no findings', () => {
  start({
    ...data,
    config: {
      id: 'ok',
      progress: true,
      steps: [
        { id: 'start', type: 'cta', title: 'Get it' },
        {
          id: 'email',
          lead: true,
          fields: [
            { name: 'email', type: 'email', required: true },
            { name: 'consent', type: 'consent', label: 'I agree', required: true },
          ],
        },
        { id: 'thanks', type: 'thanks', title: 'Done', next: { label: 'Watch', href: '/v' } },
      ],
    },
  });
  expect(byId('lint-summary').textContent).toContain('No findings');
  expect(byId('lint').children).toHaveLength(0);
});

test('clicking through the preview lists its events, newest last, and Clear empties the list', () => {
  start();
  const names = () => [...byId('events').querySelectorAll('.pg-event-name')].map((name) => name.textContent);
  expect(names()).toEqual(['form_view', 'step_view']);
  fireEvent.click(inPreview().getByRole('button', { name: 'Get the guide' }));
  expect(names()).toEqual(['form_view', 'step_view', 'step_complete', 'step_view']);
  const last = byId('events').lastElementChild;
  expect(last?.textContent).toBe('step_view email {"direction":"forward"}');
  fireEvent.click(byId('clear-events'));
  expect(byId('events').children).toHaveLength(0);
});

test('the preview sends nothing: no fetch, even for a lead with a submit url', () => {
  const fetch = vi.spyOn(globalThis, 'fetch');
  start();
  fireEvent.click(inPreview().getByRole('button', { name: 'Get the guide' }));
  fireEvent.input(inPreview().getByLabelText(/Where should we send it/), {
    target: { value: 'ada@example.com' },
  });
  fireEvent.click(inPreview().getByRole('button', { name: 'Send it to me' }));
  expect(byId('events').textContent).toContain('lead_capture');
  expect(fetch).not.toHaveBeenCalled();
});

test('the snippet is the one `yesladder snippet` prints, its CSP hash matching Node’s', async () => {
  start();
  await snippetShown();
  const parts = {
    src: 'https://cdn.jsdelivr.net/npm/yesladder@0.1.0/dist/yesladder.js',
    integrity: 'sha384-split-build-hash',
    target: '#yesladder-free-guide',
    config: JSON.parse(JSON.stringify(freeGuide)),
    formId: 'free-guide',
    version: '0.1.0',
  };
  expect(byId<HTMLTextAreaElement>('snippet').value).toBe(
    renderSnippet(parts, inlineScriptHash(snippetScript(parts))),
  );
  expect(byId<HTMLButtonElement>('copy-snippet').disabled).toBe(false);
});

test('a popover config gets the popover build in its snippet', async () => {
  const config = { ...freeGuide, display: { mode: 'popover', trigger: { click: '#get-guide' } } };
  start({ ...data, config });
  await snippetShown();
  const parts = {
    src: 'https://cdn.jsdelivr.net/npm/yesladder@0.1.0/dist/yesladder.popover.global.js',
    integrity: 'sha384-popover-build-hash',
    target: '#yesladder-free-guide',
    config,
    formId: 'free-guide',
    version: '0.1.0',
  };
  expect(byId<HTMLTextAreaElement>('snippet').value).toBe(
    renderSnippet(parts, inlineScriptHash(snippetScript(parts))),
  );
});

test('Copy snippet writes it to the clipboard and says so', async () => {
  const writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  start();
  await snippetShown();
  fireEvent.click(byId('copy-snippet'));
  await vi.waitFor(() => expect(byId('snippet-status').textContent).toBe('Snippet copied'));
  expect(writeText).toHaveBeenCalledWith(byId<HTMLTextAreaElement>('snippet').value);
});

test('a refused clipboard says to copy the snippet by hand', async () => {
  const writeText = vi.fn(() => Promise.reject(new Error('denied')));
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  start();
  await snippetShown();
  fireEvent.click(byId('copy-snippet'));
  await vi.waitFor(() => expect(byId('snippet-status').textContent).toContain('copy it by hand'));
});

test('theme inputs set their custom property on the preview’s container and write the CSS', () => {
  start();
  const accent = byId<HTMLInputElement>('theme-accent');
  accent.value = '#0f766e';
  fireEvent.input(accent);
  const radius = byId<HTMLInputElement>('theme-radius');
  radius.value = '12px';
  fireEvent.input(radius);
  const font = byId<HTMLInputElement>('theme-font');
  font.value = 'Georgia, serif';
  fireEvent.input(font);
  const preview = byId('preview');
  expect(preview.style.getPropertyValue('--yl-accent')).toBe('#0f766e');
  expect(preview.style.getPropertyValue('--yl-radius')).toBe('12px');
  expect(preview.style.getPropertyValue('--yl-font')).toBe('Georgia, serif');
  expect(byId<HTMLTextAreaElement>('theme-css').value).toBe(
    '#yesladder-free-guide {\n  --yl-accent: #0f766e;\n  --yl-radius: 12px;\n  --yl-font: Georgia, serif;\n}\n',
  );
  expect(byId('theme-contrast').textContent).toContain('Text on the accent: 5.5:1, meets WCAG AA');
});

test('a radius that is no length is marked and not applied; Reset takes every property away', () => {
  start();
  const radius = byId<HTMLInputElement>('theme-radius');
  radius.value = 'round';
  fireEvent.input(radius);
  expect(radius.getAttribute('aria-invalid')).toBe('true');
  expect(byId('preview').style.getPropertyValue('--yl-radius')).toBe('');
  const bg = byId<HTMLInputElement>('theme-bg');
  bg.value = '#000000';
  fireEvent.input(bg);
  expect(byId('theme-contrast').textContent).toContain('fails WCAG AA');
  fireEvent.click(byId('theme-reset'));
  expect(byId('preview').style.getPropertyValue('--yl-bg')).toBe('');
  expect(byId<HTMLTextAreaElement>('theme-css').value).toContain('Change a value above');
});

test('a link made by playgroundLink opens the playground on its config', () => {
  const config = { id: 'linked', steps: [{ id: 'hi', type: 'cta', title: 'Opened from a link ✓' }] };
  window.location.hash = new URL(playgroundLink(config), 'https://example.com/').hash;
  start();
  expect(editor().value).toBe(pretty(config));
  expect(byId('config-note').textContent).toContain('from the link');
  expect(inPreview().getByRole('heading', { name: 'Opened from a link ✓' })).toBeTruthy();
});

test('a link may carry the config in ?config= as well, and a broken one falls back to the example', () => {
  const config = { id: 'q', steps: [{ id: 'a', type: 'cta' }] };
  const query = playgroundLink(config, 'https://example.com/docs/playground.html').replace('#', '?');
  expect(configFromUrl(query)).toBe(JSON.stringify(config));
  expect(configFromUrl('https://example.com/playground.html#snippet')).toBeUndefined();
  window.location.hash = '#config=%%%';
  start();
  expect(editor().value).toBe(pretty(freeGuide));
  expect(byId('config-note').textContent).toContain('could not be read');
});

test('a modal config is opened in the preview', () => {
  start({ ...data, config: { ...freeGuide, display: { mode: 'modal' } } });
  expect(shadow().querySelector('dialog')?.open).toBe(true);
  expect(byId('open-form').hidden).toBe(false);
});

test('a popover points at the Open the form button, and typing keeps the keyboard in the editor', async () => {
  start();
  editor().focus();
  type(pretty({ ...freeGuide, display: { mode: 'popover', anchor: '#somewhere-else' } }));
  expect(shadow().querySelector('.yl-pop')?.hasAttribute('hidden')).toBe(false);
  expect(document.activeElement).toBe(editor());
  await vi.waitFor(() => expect(anchored).toEqual([byId('open-form')]));
});

test('an A/B config shows the arm picked', () => {
  const arms = {
    ...freeGuide,
    variants: {
      control: {},
      short: { steps: [{ id: 'only', type: 'cta', title: 'The short arm' }] },
    },
  };
  start({ ...data, config: arms });
  expect(byId('arm-row').hidden).toBe(false);
  expect(inPreview().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
  const picker = byId<HTMLSelectElement>('arm');
  picker.value = 'short';
  fireEvent.change(picker);
  expect(inPreview().getByRole('heading', { name: 'The short arm' })).toBeTruthy();
});
