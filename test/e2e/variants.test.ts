import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectClean, setupChromium } from './harness';
import { poll } from './poll';

// A/B variants in real Chromium, through the script-tag build and examples/ab.html: a visitor
// is given one arm, keeps it across reloads (localStorage), and the arm's name travels in
// every analytics event and in the lead and final submissions.

const KEY = 'yesladder:variant:ab-guide';
const chromium = setupChromium();

const armShown = (page: Page) =>
  poll(
    () => page.locator('#ab-arm').textContent(),
    (text) => !!text?.startsWith('This device sees'),
  );
const kept = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

test('a visitor is given an arm once and keeps it across reloads', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}ab.html`);
  const first = await armShown(page);
  const arm = await kept(page);
  expect(['onepage', 'ladder']).toContain(arm);
  expect(first).toBe(`This device sees the "${arm}" arm.`);
  for (let visit = 0; visit < 3; visit++) {
    await page.reload();
    expect(await armShown(page)).toBe(first);
    expect(await kept(page)).toBe(arm);
  }
  // The arm is all that is kept: no visitor id, no device id.
  const keys = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('yesladder:variant')),
  );
  expect(keys).toEqual([KEY]);
  expectClean(watch);
});

for (const [arm, fill] of [
  [
    'onepage',
    async (page: Page) => {
      await page.getByLabel('Email').fill('ada@example.com');
      await page.getByLabel('Your name').fill('Ada');
      await page.getByLabel('Freelancer').check();
      await page.getByRole('button', { name: 'Send it to me' }).click();
    },
  ],
  [
    'ladder',
    async (page: Page) => {
      await page.getByLabel('Where should we send it?').fill('ada@example.com');
      await page.getByRole('button', { name: 'Send it to me' }).click();
      await page.getByText('Step 2 of 2', { exact: true }).waitFor();
      await page.getByLabel('Freelancer').check();
      await page.getByRole('button', { name: 'Finish' }).click();
    },
  ],
] as const) {
  test(`the "${arm}" arm's name reaches every analytics event and every submission`, async () => {
    const { page, watch, context } = await chromium.openPage();
    await context.addInitScript(([key, name]) => localStorage.setItem(key, name), [KEY, arm] as const);
    await page.goto(`${chromium.server.url}ab.html`);
    expect(await armShown(page)).toBe(`This device sees the "${arm}" arm.`);
    await fill(page);
    await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();

    const leads = await poll(
      () =>
        chromium.server.received.leads.filter((lead) => lead.form_id === 'ab-guide' && lead.variant === arm),
      (found) => found.some((lead) => lead.submission === 'final'),
    );
    const session = leads[0]?.session_id as string;
    expect(leads.map((lead) => lead.submission).sort()).toEqual(
      arm === 'ladder' ? ['final', 'lead'] : ['final'],
    );
    const events = await poll(
      () => chromium.server.received.events.filter((event) => event.session_id === session),
      (found) => found.some((event) => event.name === 'form_submit'),
    );
    expect(events.length).toBeGreaterThan(4);
    expect(new Set(events.map((event) => event.variant))).toEqual(new Set([arm]));
    expectClean(watch);
  });
}
