import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectClean, setupChromium } from './harness';
import { poll } from './poll';

// What a screen reader is told, read from Chromium's accessibility tree (ariaSnapshot): the
// polite step announcement, the error summary, field errors and descriptions, choice groups.

const SHOTS = fileURLToPath(new URL('../.artifacts/announcements', import.meta.url));
const chromium = setupChromium();

async function open(path: string) {
  const opened = await chromium.openPage({ viewport: { width: 1200, height: 820 } });
  await opened.page.goto(new URL(path, chromium.server.url).href);
  return opened;
}

/** The text of the widget's polite live region, read inside its shadow root. */
const liveText = (page: Page) =>
  page
    .locator('.yl [aria-live="polite"]')
    .first()
    .evaluate((el) => el.textContent ?? '');

/** The ids an element's aria-describedby names, each with its text. */
const descriptionOf = (page: Page, label: string) =>
  page.getByLabel(label).evaluate((el) => {
    const root = el.getRootNode() as ParentNode & { getElementById?: (id: string) => Element | null };
    return (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => root.querySelector(`[id="${id}"]`)?.textContent ?? `missing #${id}`);
  });

test('announces each step the person moves to, politely, from the messages', async () => {
  const { page, watch } = await open('/');
  await page.getByRole('heading', { name: 'Get your free guide' }).waitFor();
  expect(await liveText(page), 'nothing on load').toBe('');
  await page.getByRole('button', { name: 'Get the guide' }).click();
  expect(
    await poll(
      () => liveText(page),
      (t) => t !== '',
    ),
  ).toBe('Step 2 of 3: Where should we send it?');
  await page.getByLabel('Where should we send it?').fill('ada@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  expect(
    await poll(
      () => liveText(page),
      (t) => t.startsWith('Step 3'),
    ),
  ).toBe('Step 3 of 3: Help us tailor it');
  expectClean(watch);
});

test('a failed Next shows an alerting error summary with links, focused, and marks the field', async () => {
  const { page, watch } = await open('/');
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByRole('button', { name: 'Send it to me' }).click();
  const summary = page.locator('.yl-summary');
  await summary.waitFor();
  expect(await summary.ariaSnapshot()).toBe(
    [
      '- alert:',
      '  - heading "There is a problem" [level=3]',
      '  - list:',
      '    - listitem:',
      // YAML quotes the entry: the link name holds a colon.
      `      - 'link "Where should we send it: Please fill this in."':`,
      '        - /url: "#yl1-email"',
    ].join('\n'),
  );
  expect(await summary.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/error-summary.png` });

  const email = page.getByLabel('Where should we send it?');
  expect(await email.getAttribute('aria-invalid')).toBe('true');
  expect(await descriptionOf(page, 'Where should we send it?')).toEqual(['Please fill this in.']);

  await page.getByRole('link', { name: /Please fill this in/ }).click();
  expect(await email.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  expect(await page.evaluate(() => location.hash), 'the host page URL is left alone').toBe('');

  await email.fill('ada@example.com');
  await summary.waitFor({ state: 'detached' });
  expect(await email.getAttribute('aria-invalid')).toBeNull();
  expectClean(watch);
});

test('a choice step is a group named by its question, its options buttons', async () => {
  const { page, watch } = await open('/placeholders.html');
  const group = page.getByRole('group', { name: 'How many fields does your sign-up form ask for?' });
  await group.waitFor();
  expect(await group.ariaSnapshot()).toBe(
    [
      '- group "How many fields does your sign-up form ask for?":',
      '  - button "1–2"',
      '  - button "3–5"',
      '  - button "6 or more"',
    ].join('\n'),
  );
  expectClean(watch);
});

test('a radio group is a group named by its legend, each radio labelled', async () => {
  const { page, watch } = await open('/');
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill('ada@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  const group = page.getByRole('group', { name: 'You are a…' });
  await group.waitFor();
  expect(await group.ariaSnapshot()).toBe(
    [
      '- group "You are a…":',
      '  - text: You are a…',
      '  - radio "Business owner"',
      '  - text: Business owner',
      '  - radio "Freelancer"',
      '  - text: Freelancer',
    ].join('\n'),
  );
  expectClean(watch);
});
