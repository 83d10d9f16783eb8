import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { buildElementPage, buildExample } from '../../scripts/build-examples.mjs';
import { expectClean, setupChromium } from './harness';
import { deepActiveElement } from './page-watch';
import { poll } from './poll';

// Every example funnel, completed with the keyboard alone in real Chromium: Tab, Shift+Tab,
// Enter, Space and arrow keys. After each step change focus sits on the new step's heading or
// its first field, never on the body; on load the widget takes neither focus nor scroll.

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SITE = repo('test/.artifacts/keyboard');
const EMAIL = 'ada.lovelace@example.com';

beforeAll(async () => {
  for (const file of ['dist/yesladder.global.js', 'dist/element.js', 'dist/react.js'])
    if (!existsSync(repo(file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  await buildExample('react-app', { outDir: `${SITE}/react-app` });
  await buildElementPage({ outDir: SITE });
}, 120_000);

const chromium = setupChromium({ static: [{ prefix: '/apps/', dir: SITE }] });

type Focused = Awaited<ReturnType<typeof deepActiveElement>>;

async function open(path: string) {
  const opened = await chromium.openPage({ viewport: { width: 1200, height: 820 } });
  await opened.page.goto(new URL(path, chromium.server.url).href);
  return opened;
}

/** What a person hears focus land on: a heading or button by its text, a control by its label. */
const nameOf = (f: Focused) => (f.tag === 'input' || f.tag === 'select' ? f.label : f.text);

const named = (f: Focused, tag: string, name: string | RegExp) =>
  f.tag === tag && (typeof name === 'string' ? nameOf(f) === name : name.test(nameOf(f)));

/** Waits until focus is on `tag` named `name` (focus moves land after a render). */
async function focusIs(page: Page, tag: string, name: string | RegExp) {
  const f = await poll(
    () => deepActiveElement(page),
    (f) => named(f, tag, name),
  );
  expect(named(f, tag, name), `focus on <${tag}> "${name}", not ${JSON.stringify(f)}`).toBe(true);
}

/** Presses `key` until focus is on `tag` named `name`; fails rather than loop past the page. */
async function pressUntil(page: Page, key: string, tag: string, name: string | RegExp, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (named(await deepActiveElement(page), tag, name)) return;
  }
  throw new Error(`${key} ×${max} never reached <${tag}> "${name}"`);
}

/** The widget has rendered, and it neither took focus nor scrolled the page. */
async function expectQuietLoad(page: Page, heading: string) {
  await page.getByRole('heading', { name: heading }).first().waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  expect(await page.evaluate(() => ({ y: scrollY, body: document.activeElement === document.body }))).toEqual(
    { y: 0, body: true },
  );
}

/** The guide funnel (/, element, React, popover, modal), from focus on its CTA button to thanks. */
async function guideByKeyboard(page: Page, finish: { phone?: boolean } = {}) {
  await page.keyboard.press('Enter');
  // The email step has no title: focus goes to its field.
  await focusIs(page, 'input', 'Where should we send it? *');

  // A failed Next: focus goes to the error summary; its link takes focus to the field.
  await page.keyboard.press('Enter');
  await focusIs(page, 'div', /^There is a problem/);
  await page.keyboard.press('Tab');
  await focusIs(page, 'a', 'Where should we send it: Please fill this in.');
  await page.keyboard.press('Enter');
  await focusIs(page, 'input', 'Where should we send it? *');

  await page.keyboard.type(EMAIL);
  await page.keyboard.press('Enter');
  await focusIs(page, 'h2', 'Help us tailor it');

  await pressUntil(page, 'Tab', 'input', 'Your name');
  await page.keyboard.type('Ada');
  await page.keyboard.press('Tab');
  await focusIs(page, 'input', 'Business owner');
  await page.keyboard.press('Shift+Tab');
  await focusIs(page, 'input', 'Your name');
  await page.keyboard.press('Tab');
  // Arrow keys move the selection in a radio group and never move the step on (WCAG 3.2.2).
  await page.keyboard.press('ArrowDown');
  await focusIs(page, 'input', 'Freelancer');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await focusIs(page, 'input', 'Freelancer');
  expect(await page.getByRole('heading', { name: 'Help us tailor it' }).isVisible()).toBe(true);
  expect(await page.getByRole('radio', { name: 'Freelancer' }).isChecked()).toBe(true);
  if (finish.phone) {
    await page.keyboard.press('Tab');
    await focusIs(page, 'input', 'Phone (optional)');
  }
  await page.keyboard.press('Tab');
  await focusIs(page, 'button', 'Finish');
  await page.keyboard.press('Space');
  await focusIs(page, 'h2', 'Check your inbox!');
}

/** The leads that arrived for `email` since `before`: the lead, then the final submission. */
const leadsSince = (before: number) =>
  poll(
    () => chromium.server.received.leads.slice(before),
    (l) => l.length >= 2,
  );

test('the script-tag demo (/) is completed with the keyboard alone', async () => {
  const before = chromium.server.received.leads.length;
  const { page, watch } = await open('/');
  await expectQuietLoad(page, 'Get your free guide');
  await pressUntil(page, 'Tab', 'button', 'Get the guide');
  await guideByKeyboard(page, { phone: true });
  const leads = await leadsSince(before);
  expect(leads[1]?.answers).toEqual({ email: EMAIL, name: 'Ada', role: 'Freelancer' });
  expectClean(watch);
});

test('the <yes-ladder> element page is completed with the keyboard alone', async () => {
  const { page, watch } = await open('/apps/element.html');
  await expectQuietLoad(page, 'Get your free guide');
  await pressUntil(page, 'Tab', 'button', 'Get the guide');
  await guideByKeyboard(page);
  expectClean(watch);
});

test('the React app is completed with the keyboard alone', async () => {
  const { page, watch } = await open('/apps/react-app/');
  await expectQuietLoad(page, 'Get your free guide');
  await pressUntil(page, 'Tab', 'button', 'Get the guide');
  await guideByKeyboard(page);
  expectClean(watch);
});

for (const mode of ['popover', 'modal'] as const) {
  test(`the ${mode}: Escape closes it and returns focus to its trigger; the keyboard completes it`, async () => {
    const { page, watch } = await open(`/${mode}.html`);
    await page.getByRole('button', { name: 'Get the free guide' }).waitFor();
    expect(
      await page.evaluate(() => ({ y: scrollY, body: document.activeElement === document.body })),
    ).toEqual({ y: 0, body: true });
    await pressUntil(page, 'Tab', 'button', 'Get the free guide');
    await page.keyboard.press('Enter');
    await focusIs(page, 'h2', 'Get your free guide');
    await page.keyboard.press('Escape');
    await focusIs(page, 'button', 'Get the free guide');
    expect(await page.getByRole('heading', { name: 'Get your free guide' }).isVisible()).toBe(false);

    await page.keyboard.press('Space');
    await focusIs(page, 'h2', 'Get your free guide');
    await pressUntil(page, 'Tab', 'button', 'Yes, send it');
    await guideByKeyboard(page);
    expectClean(watch);
  });
}

test('the async snippet demo is completed with the keyboard alone, its select by keys', async () => {
  const { page, watch } = await open('/snippet.html');
  await expectQuietLoad(page, 'Want a second pair of eyes?');
  await pressUntil(page, 'Tab', 'button', 'Review my page');
  await page.keyboard.press('Enter');
  await focusIs(page, 'h2', 'Where should we send the recording?');
  await page.keyboard.press('Tab');
  await focusIs(page, 'input', 'Your email *');
  await page.keyboard.type(EMAIL);
  await page.keyboard.press('Enter');
  await focusIs(page, 'h2', 'Which page should we look at?');
  await page.keyboard.press('Tab');
  await focusIs(page, 'input', 'Page address *');
  await page.keyboard.type('https://example.com/');
  await page.keyboard.press('Tab');
  await focusIs(page, 'select', /What should it get people to do/);
  // Typing an option's first letters picks it on a closed select.
  await page.keyboard.type('Buy');
  await pressUntil(page, 'Tab', 'button', 'Book my review');
  expect(await page.getByRole('combobox', { name: /What should it get/ }).inputValue()).toBe('Buy');
  await page.keyboard.press('Enter');
  await focusIs(page, 'h2', 'Booked!');
  expectClean(watch);
});

test('the placeholders demo: both forms by keyboard, arrow keys in a choice step never choose', async () => {
  const { page, watch } = await open('/placeholders.html');
  await expectQuietLoad(page, 'How many fields does your sign-up form ask for?');

  await pressUntil(page, 'Tab', 'button', 'Send me the checklist');
  await page.keyboard.press('Enter');
  await focusIs(page, 'input', 'Your email *');
  await page.keyboard.type(EMAIL);
  await page.keyboard.press('Enter');
  await focusIs(page, 'h2', 'It is on its way!');

  await pressUntil(page, 'Tab', 'button', '1–2');
  await page.keyboard.press('ArrowDown');
  await focusIs(page, 'button', '3–5');
  await page.keyboard.press('ArrowRight');
  await focusIs(page, 'button', '6 or more');
  await page.keyboard.press('ArrowDown');
  await focusIs(page, 'button', '1–2');
  await page.keyboard.press('ArrowUp');
  await focusIs(page, 'button', '6 or more');
  await page.keyboard.press('Shift+Tab');
  await focusIs(page, 'button', '3–5');
  expect(await page.getByRole('heading', { name: 'Get the fix for your form' }).count()).toBe(0);
  await page.keyboard.press('Enter');
  await focusIs(page, 'h2', 'Get the fix for your form');
  await pressUntil(page, 'Tab', 'input', 'Your email *');
  await page.keyboard.type(EMAIL);
  await page.keyboard.press('Enter');
  await focusIs(page, 'h2', 'Check your inbox!');
  expectClean(watch);
});
