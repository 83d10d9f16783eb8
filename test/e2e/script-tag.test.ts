import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions } from 'playwright-core';
import { expect, test } from 'vitest';
import { defaultMessages } from '../../src/validate/messages';
import { expectClean, type OpenedPage, settle, setupChromium } from './harness';
import { deepActiveElement } from './page-watch';
import { poll } from './poll';

// The demo page (examples/index.html) driven as a marketer ships it: the script-tag build,
// a JSON config, a strict CSP, and a fake backend that keeps what the widget sends.

const GLOBAL_BUILD = fileURLToPath(new URL('../../dist/yesladder.global.js', import.meta.url));
const MISSING_BUILD =
  'dist/yesladder.global.js is missing: build it with `npx tsup` (or `npm run build`) before the browser tests.';

const PERSON = { email: 'ada.lovelace@example.com', name: 'Ada Lovelace', phone: '+44 20 7946 0321' };

const chromium = setupChromium();

/** A fresh context (no draft left in storage by another test) with a watched page. */
async function openPage(options: BrowserContextOptions = {}): Promise<OpenedPage> {
  if (!existsSync(GLOBAL_BUILD)) throw new Error(MISSING_BUILD);
  return chromium.openPage(options);
}

test('has the script-tag build to test (run `npx tsup` first)', () => {
  expect(existsSync(GLOBAL_BUILD), MISSING_BUILD).toBe(true);
});

test('takes a person from the call to action to the thank-you step, sending the lead first', async () => {
  const { page, watch } = await openPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(chromium.server.url);

  const cta = page.getByRole('button', { name: 'Get the guide' });
  await cta.waitFor();
  await page.getByText('Step 1 of 3', { exact: true }).waitFor();
  await cta.click();

  const email = page.getByLabel('Where should we send it?');
  await email.waitFor();
  await page.getByText('Step 2 of 3', { exact: true }).waitFor();
  const focusTargets = ['h2', 'input[type=email]'];
  const focused = await poll(
    async () => {
      const f = await deepActiveElement(page);
      return f.tag === 'input' ? `input[type=${f.type}]` : f.tag;
    },
    (where) => focusTargets.includes(where),
    2000,
  );
  expect(focusTargets, 'focus moves to the new step: its heading or its email field').toContain(focused);

  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByText(defaultMessages.required, { exact: true }).waitFor();
  expect(await email.getAttribute('aria-invalid')).toBe('true');
  const describedBy = await email.evaluate((input) => {
    const root = input.getRootNode() as Document | ShadowRoot;
    const ids = `${input.getAttribute('aria-describedby') ?? ''} ${input.getAttribute('aria-errormessage') ?? ''}`;
    return ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ');
  });
  expect(describedBy, 'the error text is linked to the field').toContain(defaultMessages.required);
  expect(chromium.server.received.leads, 'an invalid step sends nothing').toEqual([]);

  await email.fill(PERSON.email);
  await page.getByRole('button', { name: 'Send it to me' }).click();

  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  await page.getByText('Step 3 of 3', { exact: true }).waitFor();
  await page.getByLabel('Your name').fill(PERSON.name);
  await page.getByRole('radio', { name: 'Freelancer' }).check();
  await page.getByLabel('Phone (optional)').fill(PERSON.phone);
  await page.getByRole('button', { name: 'Finish' }).click();

  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  const video = page.getByRole('link', { name: 'Watch the video' });
  await video.waitFor();
  expect(await video.getAttribute('href')).toBe('/video');

  // Submissions: one lead as soon as the email step is done, one final at the end.
  const leads = await poll(
    () => chromium.server.received.leads,
    (l) => l.length >= 2,
  );
  await settle(page);
  expect(leads.map((l) => l.submission)).toEqual(['lead', 'final']);
  const [lead, final] = leads;
  expect(lead).toMatchObject({ form_id: 'free-guide', submission: 'lead', step_id: 'email' });
  expect(lead?.answers).toMatchObject({ email: PERSON.email });
  expect(final).toMatchObject({ form_id: 'free-guide', submission: 'final' });
  expect(final?.answers).toMatchObject({ email: PERSON.email, name: PERSON.name, role: 'Freelancer' });
  expect(lead?.session_id, 'both submissions belong to one session').toBe(final?.session_id);

  // The demo's live panel heard every analytics event the widget dispatched on its element.
  const live = await poll(
    () => page.locator('#live-events .event-name').allTextContents(),
    (names) => names.includes('form_submit'),
  );
  expect(live).toEqual(
    expect.arrayContaining(['form_view', 'step_view', 'step_complete', 'lead_capture', 'form_submit']),
  );

  expectClean(watch);

  // Leaving the page (the person follows the next small ask) flushes the beacon on pagehide.
  await video.click();
  await page.waitForURL(`${chromium.server.url}video`);
  const events = await poll(
    () => chromium.server.received.events,
    (e) => e.some((event) => event.name === 'form_submit'),
  );
  expect(events.map((e) => e.name)).toEqual(
    expect.arrayContaining(['form_view', 'step_view', 'step_complete', 'lead_capture', 'form_submit']),
  );
  const sent = JSON.stringify(events);
  expect(sent, 'no email address reaches analytics').not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  expect(sent, 'no name reaches analytics').not.toContain(PERSON.name);
  expect(sent, 'no phone number reaches analytics').not.toContain(PERSON.phone);
  expect(
    events.some((e) => e.values?.role === 'Freelancer'),
    'the `track: true` field rides along',
  ).toBe(true);
  expect(events.every((e) => e.form_id === 'free-guide')).toBe(true);

  expectClean(watch);
});

test('shows nothing and logs one yesladder error naming the bad paths when the config is broken', async () => {
  const { page, watch } = await openPage();
  await page.goto(`${chromium.server.url}bad-config.html`);

  const ours = () => watch.consoleErrors.filter((text) => text.startsWith('yesladder:'));
  await poll(ours, (errors) => errors.length > 0);
  await settle(page);

  expect(ours()).toHaveLength(1);
  expect(ours()[0]).toContain('steps[2].fields[2].type');
  expect(ours()[0]).toContain('steps[2].next[0].goto');
  expect(watch.consoleErrors, 'no other console errors').toHaveLength(1);
  expect(watch.pageErrors, 'nothing thrown into the host page').toEqual([]);
  expect(watch.cspViolations).toEqual([]);

  const signup = page.locator('#signup');
  expect(await signup.locator('button, input, select, textarea, a, h2').count(), 'no widget controls').toBe(
    0,
  );
  expect(await signup.locator('*:visible').count(), 'nothing visible, shadow roots included').toBe(0);

  await page.getByRole('button', { name: 'Click me' }).click();
  await page.getByRole('button', { name: 'Clicked 1 time' }).waitFor();
});

test('leaves focus and scroll alone on first load', async () => {
  // A phone-sized window puts the widget below the fold, where taking focus would scroll to it.
  const { page, watch } = await openPage({ viewport: { width: 390, height: 700 } });
  await page.goto(chromium.server.url);

  const cta = page.getByRole('button', { name: 'Get the guide' });
  await cta.waitFor({ state: 'attached' });
  await settle(page);
  const box = await cta.boundingBox();
  expect(box?.y, 'the widget starts below the fold in this window').toBeGreaterThan(700);

  const state = await page.evaluate(() => ({
    focusedIsBody: document.activeElement === document.body,
    scrollY: window.scrollY,
  }));
  expect(state).toEqual({ focusedIsBody: true, scrollY: 0 });
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

test('writes one global, window.yesladder alias window.YesLadder, with the documented API, and a second copy of the script changes nothing', async () => {
  const { page, watch } = await openPage();
  await page.goto(chromium.server.url);
  const hosts = page.locator('[data-yesladder-host]');
  await expect.poll(() => hosts.count()).toBe(1);
  const global = await page.evaluate(() => {
    const win = window as unknown as { YesLadder: object; yesladder: object };
    return {
      keys: Object.keys(win.YesLadder).sort(),
      type: typeof win.YesLadder,
      same: win.YesLadder === win.yesladder,
    };
  });
  // One object, two spellings: `yesladder(...)` is the command function, and it carries the API.
  expect(global.type).toBe('function');
  expect(global.same).toBe(true);
  expect(global.keys).toEqual([
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
  type Win = { YesLadder: object; firstCopy?: object };
  await page.evaluate(() => {
    const win = window as unknown as Win;
    win.firstCopy = win.YesLadder;
  });
  // The marketer pasted the tag twice: a second copy of the script, same config, same target.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const again = document.createElement('script');
        again.src = '/dist/yesladder.global.js';
        again.dataset.config = '#guide-config';
        again.dataset.target = '#signup';
        again.onload = resolve;
        document.body.append(again);
      }),
  );
  await settle(page);
  expect(await hosts.count()).toBe(1);
  expect(
    await page.evaluate(() => (window as unknown as Win).YesLadder === (window as unknown as Win).firstCopy),
  ).toBe(true);
  expect(watch.consoleErrors).toEqual([]);
});
