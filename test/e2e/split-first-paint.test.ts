import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { ReceivedEvent } from '../../scripts/serve.mjs';
import { beaconEventsOf, expectClean, settle, setupChromium } from './harness';
import { deepActiveElement } from './page-watch';
import { poll } from './poll';

// The split script build in real Chromium: yesladder.js paints the first step before the
// runtime (yesladder.runtime.js) is here, the person can use it at once, and the runtime then
// takes the very same DOM over, with what the person did, stamped when they did it.

const FIRST_SCRIPT = fileURLToPath(new URL('../../dist/yesladder.js', import.meta.url));
const RUNTIME = fileURLToPath(new URL('../../dist/yesladder.runtime.js', import.meta.url));
const MISSING_BUILD =
  'dist/yesladder.js or dist/yesladder.runtime.js is missing: build them with `npx tsup` before the browser tests.';
const PAGES = fileURLToPath(new URL('./pages/split-first/', import.meta.url));

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const EMAIL_LABEL = 'Where should we send it?';
const FIRST_TITLE = 'Get your free guide';
const SECOND_TITLE = 'Help us tailor it';
const NEXT = 'Send it to me';

/** Chromium's own console line for the aborted request (it names no file): not ours. */
const BROWSER_FAILED_LOAD = 'Failed to load resource: net::ERR_FAILED';

const chromium = setupChromium({ static: [{ prefix: '/split-first/', dir: PAGES }] });

const pageUrl = (name: string) => `${chromium.server.url}split-first/${name}`;

/** An event as the form dispatches it on its host element (`yesladder:event`). */
interface SeenEvent extends ReceivedEvent {
  readonly name: string;
  readonly step_id: string;
  readonly session_id: string;
  readonly timestamp: number;
  readonly duration_ms?: number;
}

/** What these tests read or leave on the page's window. */
interface SplitWindow {
  yesladder?: ((...args: unknown[]) => unknown) & { q?: ArrayLike<unknown>[] };
  /** Every `yesladder:event` the document heard, in order (see `recordEvents`). */
  yesladderEvents?: SeenEvent[];
  /** The email input the first script painted, kept to compare with the one after the takeover. */
  paintedEmail?: HTMLInputElement;
}

/** The runtime's request, held by the test: how often the page asked for it, and the gate. */
interface HeldRuntime {
  requests(): number;
  /** Lets the held request through (or fails it, when held with `'abort'`). */
  release(): void;
}

/**
 * Holds yesladder.runtime.js back until `release()`, then lets it arrive (or aborts it, as a
 * network failure), and counts how often the page asked for it.
 */
async function holdRuntime(page: Page, outcome: 'arrive' | 'abort' = 'arrive'): Promise<HeldRuntime> {
  let requests = 0;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/yesladder.runtime.js', async (route) => {
    requests += 1;
    await gate;
    await (outcome === 'abort' ? route.abort() : route.continue());
  });
  return { requests: () => requests, release };
}

/**
 * The page stays busy for as long as the test likes: idle callbacks asked for before the
 * runtime runs never come, so the first script's idle load never fires and any request for
 * the runtime is one the person's action (or the page's call) made. After the runtime runs,
 * idle callbacks are the browser's again.
 */
async function neverIdleBeforeRuntime(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const idle = window.requestIdleCallback.bind(window);
    window.requestIdleCallback = (run, options) => {
      const global = (window as unknown as { yesladder?: { mount?: unknown } }).yesladder;
      return typeof global?.mount === 'function' ? idle(run, options) : 0;
    };
  });
}

/** Keeps every `yesladder:event` the document hears in `window.yesladderEvents`. */
async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { yesladderEvents: unknown[] }).yesladderEvents = seen;
    document.addEventListener('yesladder:event', (event) => seen.push((event as CustomEvent).detail));
  });
}

const eventsOf = (page: Page): Promise<SeenEvent[]> =>
  page.evaluate(() => (window as unknown as SplitWindow).yesladderEvents ?? []);

/** What `window.yesladder` is right now: the first script's queue, or the runtime's API. */
const globalOf = (page: Page) =>
  page.evaluate(() => {
    const global = (window as unknown as SplitWindow).yesladder;
    return {
      type: typeof global,
      hasMount: global !== undefined && 'mount' in global,
      hasAutoMount: global !== undefined && 'autoMount' in global,
      queued: Array.from(global?.q ?? [], (args) => Array.from(args).slice(0, 2)),
    };
  });

/** Waits until the runtime has run: it replaces the queue with the API, then takes over at once. */
async function runtimeHasRun(page: Page): Promise<void> {
  await page.waitForFunction(
    () => typeof (window as unknown as { yesladder?: { mount?: unknown } }).yesladder?.mount === 'function',
  );
}

const hostsIn = (page: Page, selector: string) => page.locator(`${selector} [data-yesladder-host]`).count();

/** `goto` that does not wait for `load`: a held runtime script would hold `load` back too. */
async function open(page: Page, name: string): Promise<void> {
  await page.goto(pageUrl(name), { waitUntil: 'domcontentloaded' });
}

/** The page's clock (the one events are stamped with). */
const pageNow = (page: Page): Promise<number> => page.evaluate(() => Date.now());

test('has the split build to test (run `npx tsup` first)', () => {
  expect(existsSync(FIRST_SCRIPT) && existsSync(RUNTIME), MISSING_BUILD).toBe(true);
});

test('paints the first step before the runtime: visible, labelled, focusable and typed into', async () => {
  const { page, watch } = await chromium.openPage();
  await neverIdleBeforeRuntime(page);
  // Held for the whole test: whatever shows, the first script showed.
  const runtime = await holdRuntime(page);
  await open(page, 'lead.html');

  const heading = page.getByRole('heading', { name: FIRST_TITLE });
  const email = page.getByLabel(EMAIL_LABEL);
  const next = page.getByRole('button', { name: NEXT });
  await heading.waitFor();
  await email.waitFor();
  await next.waitFor();
  expect(await email.getAttribute('type')).toBe('email');
  expect(runtime.requests(), 'the first step was shown without asking for the runtime').toBe(0);
  expect(await globalOf(page), 'the global is the queue, not the API').toEqual({
    type: 'function',
    hasMount: false,
    hasAutoMount: false,
    queued: [],
  });

  await email.click();
  const focused = await deepActiveElement(page);
  expect(focused).toMatchObject({ tag: 'input', type: 'email' });
  expect(focused.label).toContain(EMAIL_LABEL);
  await page.keyboard.type('ada@example.com');
  expect(await email.inputValue(), 'what is typed shows as typed').toBe('ada@example.com');

  // Typing asks for the runtime at once; held, it has not run, and the typing still shows.
  expect(await poll(runtime.requests, (count) => count > 0)).toBe(1);
  await settle(page);
  expect((await globalOf(page)).hasMount, 'the runtime has not run').toBe(false);
  expect(await email.inputValue()).toBe('ada@example.com');
  expect(await heading.isVisible()).toBe(true);
  expectClean(watch);
});

test('the runtime takes the painted form over in place: same input, focus, caret and text', async () => {
  const { page, watch } = await chromium.openPage();
  const runtime = await holdRuntime(page);
  await open(page, 'lead.html');

  const email = page.getByLabel(EMAIL_LABEL);
  await email.waitFor();
  await email.evaluate((input) => {
    (window as unknown as SplitWindow).paintedEmail = input as HTMLInputElement;
  });
  await email.click();
  await page.keyboard.type('ada@example.com');
  // The caret after "ada": not at the end, where a re-created or re-filled input would put it.
  // (An email input has no selectionStart to read: typing shows where the caret is.)
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect(await email.inputValue()).toBe('ada@example.com');
  expect((await globalOf(page)).hasMount, 'the runtime is still held').toBe(false);

  runtime.release();
  await runtimeHasRun(page);
  await settle(page);

  const after = await page.evaluate(() => {
    const painted = (window as unknown as SplitWindow).paintedEmail;
    const input = document
      .querySelector('#signup [data-yesladder-host]')
      ?.shadowRoot?.querySelector('input[type=email]');
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      sameElement: painted !== undefined && input === painted,
      focused: painted !== undefined && active === painted,
      value: painted?.value,
    };
  });
  expect(after, 'the very same input, focused, with its text').toEqual({
    sameElement: true,
    focused: true,
    value: 'ada@example.com',
  });
  expect(await hostsIn(page, '#signup'), 'taken over, not mounted a second time').toBe(1);

  // Typing on lands where the caret was left.
  await page.keyboard.type('.lovelace');
  expect(await email.inputValue(), 'the caret stayed after "ada"').toBe('ada.lovelace@example.com');
  await page.getByRole('button', { name: NEXT }).click();
  await page.getByRole('heading', { name: SECOND_TITLE }).waitFor();
  expectClean(watch);
});

test('Next pressed before the runtime: the runtime comes at once, then the step, the lead and the events follow', async () => {
  const { page, watch } = await chromium.openPage();
  await neverIdleBeforeRuntime(page);
  await recordEvents(page);
  const runtime = await holdRuntime(page);
  await open(page, 'lead.html');

  const email = page.getByLabel(EMAIL_LABEL);
  await email.waitFor();
  expect(runtime.requests(), 'not asked for before the person acts').toBe(0);
  await email.fill('grace.hopper@example.com');
  await page.getByRole('button', { name: NEXT }).click();

  expect(await poll(runtime.requests, (count) => count > 0), 'asked for once, before it is let through').toBe(
    1,
  );
  expect((await globalOf(page)).hasMount).toBe(false);
  runtime.release();

  await page.getByRole('heading', { name: SECOND_TITLE }).waitFor();
  const focused = await poll(
    () => deepActiveElement(page),
    (f) => f.tag === 'h2',
  );
  expect(focused, 'focus moves to the new step’s heading').toMatchObject({ tag: 'h2', text: SECOND_TITLE });

  const seen = await poll(
    () => eventsOf(page),
    (events) => events.some((e) => e.name === 'step_view' && e.step_id === 'about'),
  );
  const session = seen[0]?.session_id ?? '';
  expect(session).not.toBe('');

  const leads = await poll(
    () => chromium.server.received.leads.filter((lead) => lead.session_id === session),
    (list) => list.length > 0,
  );
  expect(leads).toHaveLength(1);
  expect(leads[0]).toMatchObject({ form_id: 'split-first', submission: 'lead', step_id: 'email' });
  expect(leads[0]?.answers).toMatchObject({ email: 'grace.hopper@example.com' });

  // The beacon sends its batch 5 s after its first event.
  const beaconed = await poll(
    () => beaconEventsOf<SeenEvent>(chromium.server, session),
    (events) => events.some((e) => e.name === 'step_view' && e.step_id === 'about'),
    10_000,
  );
  expect(beaconed.map((e) => `${e.name}:${e.step_id}`)).toEqual([
    'form_view:email',
    'step_view:email',
    'step_complete:email',
    'lead_capture:email',
    'step_view:about',
  ]);
  expect(JSON.stringify(beaconed), 'no email address reaches analytics').not.toContain('grace.hopper');
  expectClean(watch);
});

test('the events carry the person’s times: form_view when painted, step_complete timed from the paint', async () => {
  const { page, watch } = await chromium.openPage();
  await recordEvents(page);
  const runtime = await holdRuntime(page);
  await open(page, 'lead.html');

  const email = page.getByLabel(EMAIL_LABEL);
  await email.waitFor();
  // The field was painted no later than this.
  const seenAt = await pageNow(page);
  const navigationStart = await page.evaluate(() => Math.floor(performance.timeOrigin));
  // The person reads a while before acting, so the paint and the runtime are far apart in time.
  await poll(
    () => pageNow(page),
    (now) => now - seenAt >= 200,
  );
  await email.fill('ada@example.com');
  const clickedAt = await pageNow(page);
  await page.getByRole('button', { name: NEXT }).click();
  await poll(runtime.requests, (count) => count > 0);
  const releasedAt = await pageNow(page);
  expect((await globalOf(page)).hasMount, 'the runtime is still held').toBe(false);
  runtime.release();

  await page.getByRole('heading', { name: SECOND_TITLE }).waitFor();
  const events = await poll(
    () => eventsOf(page),
    (list) => list.some((e) => e.name === 'step_view' && e.step_id === 'about'),
  );
  const formView = events.find((e) => e.name === 'form_view');
  const completed = events.find((e) => e.name === 'step_complete' && e.step_id === 'email');

  expect(formView?.timestamp, 'form_view is stamped after navigation started').toBeGreaterThanOrEqual(
    navigationStart,
  );
  expect(formView?.timestamp, 'form_view is stamped with the paint, before it was seen').toBeLessThanOrEqual(
    seenAt,
  );
  expect(seenAt, 'the runtime was let through well after the paint').toBeLessThan(releasedAt);
  expect(completed?.timestamp, 'step_complete is stamped with the click').toBeGreaterThanOrEqual(clickedAt);
  expect(completed?.timestamp).toBeLessThanOrEqual(releasedAt);
  expect(completed?.duration_ms, 'the step is timed from the paint').toBeGreaterThanOrEqual(
    clickedAt - seenAt,
  );
  expect(completed?.duration_ms).toBe((completed?.timestamp ?? 0) - (formView?.timestamp ?? 0));
  expectClean(watch);
});

test('a yesladder(‘mount’, …) call made before the runtime is painted at once, fetches the runtime at once, and is taken over', async () => {
  const { page, watch } = await chromium.openPage();
  await neverIdleBeforeRuntime(page);
  const runtime = await holdRuntime(page);
  await open(page, 'queue.html');

  await page.locator('#signup').getByRole('heading', { name: FIRST_TITLE }).waitFor();
  expect(runtime.requests(), 'the painted form alone waits for idle').toBe(0);
  expect((await globalOf(page)).queued).toEqual([]);

  // later.js, the page's own script, calls yesladder('mount', '#later', config) on this click.
  await page.getByRole('button', { name: 'Ask a question' }).click();
  const later = page.locator('#later');
  await later.getByLabel('Your question').waitFor();
  expect(await globalOf(page), 'painted, so not queued for the runtime').toMatchObject({
    hasMount: false,
    queued: [],
  });
  expect(await poll(runtime.requests, (count) => count > 0), 'the call asks for the runtime').toBe(1);
  await later.getByLabel('Your question').fill('Is it really free?');

  runtime.release();
  await runtimeHasRun(page);
  await later.getByRole('heading', { name: 'Ask us anything' }).waitFor();
  expect(await hostsIn(page, '#later'), 'taken over in place, not mounted again').toBe(1);
  expect(await later.getByLabel('Your question').inputValue(), 'what was typed is kept').toBe(
    'Is it really free?',
  );
  expect(await hostsIn(page, '#signup'), 'the painted form is kept, not mounted again').toBe(1);
  await later.getByRole('button', { name: 'Ask' }).click();
  await later.getByRole('heading', { name: 'We will answer soon' }).waitFor();
  await settle(page);
  expectClean(watch);
});

test('when the runtime cannot load, the painted form goes away with one console error and nothing thrown', async () => {
  const { page, watch } = await chromium.openPage();
  const runtime = await holdRuntime(page, 'abort');
  await open(page, 'lead.html');

  const email = page.getByLabel(EMAIL_LABEL);
  await email.waitFor();
  expect(await hostsIn(page, '#signup'), 'painted first').toBe(1);

  // Asked for when the page is idle (2 s at the latest), then refused as a network error.
  await poll(runtime.requests, (count) => count > 0, 10_000);
  runtime.release();
  expect(
    await poll(
      () => hostsIn(page, '#signup'),
      (count) => count === 0,
    ),
    'the painted form is removed',
  ).toBe(0);
  await settle(page);

  expect(await email.count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'The 7-Day Landing Page Fix' }).isVisible()).toBe(true);
  const ours = watch.consoleErrors.filter((text) => text.includes('yesladder.runtime.js'));
  expect(ours, 'one console error names the runtime').toHaveLength(1);
  expect(ours[0]).toMatch(/^yesladder: /);
  const others = watch.consoleErrors.filter((text) => !ours.includes(text) && text !== BROWSER_FAILED_LOAD);
  expect(others, 'no other console error').toEqual([]);
  expect(watch.pageErrors, 'nothing thrown into the page').toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect((await globalOf(page)).hasMount, 'no runtime ran').toBe(false);
});

test('the painted first step, before the runtime, has no WCAG 2.2 AA violation (axe)', async () => {
  const { page, watch } = await chromium.openPage();
  await neverIdleBeforeRuntime(page);
  await holdRuntime(page);
  await open(page, 'lead.html');
  await page.getByLabel(EMAIL_LABEL).waitFor();
  await settle(page);
  // Evaluated through the DevTools protocol, which the page's strict CSP does not govern.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    type Rule = { id: string; nodes: { target: unknown }[] };
    const axe = (
      window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: Rule[] }> } }
    ).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((rule) => ({
      id: rule.id,
      targets: rule.nodes.map((node) => node.target),
    }));
  }, AXE_TAGS);
  expect(violations).toEqual([]);
  expect((await globalOf(page)).hasMount, 'still the first paint').toBe(false);
  expectClean(watch);
});
