import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { dataLayerOf, expectClean, setupChromium } from './harness';
import { poll } from './poll';

// Drafts in real Chromium, through the script-tag build: typed answers survive a reload
// (saved on pagehide, before the 400 ms pause is over), sensitive and password-like ones
// never do, and a finished form starts fresh.

const GLOBAL_BUILD = fileURLToPath(new URL('../../dist/yesladder.global.js', import.meta.url));
const KEY = 'yesladder:draft:draft-e2e';
const chromium = setupChromium({
  static: [{ prefix: '/drafts/', dir: fileURLToPath(new URL('./drafts/', import.meta.url)) }],
});

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const finals = () =>
  chromium.server.received.leads.filter(
    (lead) => lead.form_id === 'draft-e2e' && lead.submission === 'final',
  );

test('a reload brings the person back to step 2 with their answers, never the sensitive ones', async () => {
  expect(existsSync(GLOBAL_BUILD), 'run `npm run build` before the browser tests').toBe(true);
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}drafts/`);

  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  await page.getByText('Step 2 of 2', { exact: true }).waitFor();
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByLabel('Freelancer').check();
  await page.getByLabel('Anything private?').fill('my-private-note');
  await page.getByLabel('Your PIN').fill('8642');

  // At once, within the typing pause: pagehide saves what is pending.
  await page.reload();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  await page.getByText('Step 2 of 2', { exact: true }).waitFor();
  expect(await page.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
  expect(await page.getByLabel('Freelancer').isChecked()).toBe(true);
  expect(await page.getByLabel('Anything private?').inputValue()).toBe('');
  expect(await page.getByLabel('Your PIN').inputValue()).toBe('');

  const json = (await stored(page)) ?? '';
  expect(JSON.parse(json)).toMatchObject({
    history: ['email', 'about'],
    answers: { email: 'ada@example.com', name: 'Ada Lovelace', role: 'Freelancer' },
  });
  expect(json).not.toContain('my-private-note');
  expect(json).not.toContain('8642');

  const views = (await dataLayerOf(page)).filter((push) => push.event === 'yesladder_step_view');
  expect(views).toEqual([expect.objectContaining({ step_id: 'about', step_index: 1, restored: true })]);
  expect(JSON.stringify(await dataLayerOf(page))).not.toContain('Ada');

  // Back walks the restored path.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByText('Step 1 of 2', { exact: true }).waitFor();
  expect(await page.getByLabel('Email').inputValue()).toBe('ada@example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  expect(await page.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');

  // After the final submission, the draft is gone and a reload starts fresh.
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
  expect(
    await poll(
      () => stored(page),
      (value) => value === null,
    ),
  ).toBeNull();
  expect(finals()).toHaveLength(1);
  expect(finals()[0]?.answers).toEqual({
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    role: 'Freelancer',
  });

  await page.reload();
  await page.getByText('Step 1 of 2', { exact: true }).waitFor();
  expect(await page.getByLabel('Email').inputValue()).toBe('');
  expect(await stored(page)).toBeNull();
  expectClean(watch);
});

test('after a reload, the final submission carries the answers typed before it, and the lead is not sent again', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}drafts/`);
  await page.getByLabel('Email').fill('grace@example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
  const grace = await poll(
    () => chromium.server.received.leads.filter((lead) => lead.answers?.email === 'grace@example.com'),
    (leads) => leads.length === 2,
  );
  expect(grace.map((lead) => lead.submission)).toEqual(['lead', 'final']);
  expect(grace[1]?.answers).toEqual({ email: 'grace@example.com' });
  expectClean(watch);
});
