import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { setupChromium } from './harness';
import { poll } from './poll';

// A funnel that ends with a review step, in real Chromium: answers survive Back and Next,
// the review lists them, a "Change" goes back to the step, and the review's button sends.

const config = {
  id: 'review-e2e',
  steps: [
    {
      id: 'email',
      title: 'Your email',
      fields: [{ name: 'email', type: 'email', label: 'Email', required: true }],
    },
    {
      id: 'about',
      title: 'About you',
      fields: [
        { name: 'name', label: 'Your name' },
        {
          name: 'role',
          type: 'select',
          label: 'You are',
          options: [{ value: 'owner', label: 'Business owner' }, 'Freelancer'],
        },
      ],
    },
    { id: 'check', type: 'review', title: 'Check your answers', button: 'Send my answers' },
    { id: 'thanks', type: 'thanks', title: 'Thanks!' },
  ],
  submit: { url: '/api/leads' },
  spam: { minFillTime: 0 },
  draft: false,
};

const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Review</title>
    <link rel="icon" href="data:," />
    <script type="application/json" id="config">${JSON.stringify(config)}</script>
    <script src="/dist/yesladder.global.js" defer data-config="#config" data-target="#signup"></script>
  </head>
  <body><main><h1>A landing page</h1><div id="signup"></div></main></body>
</html>`;

const pages = mkdtempSync(join(tmpdir(), 'yesladder-review-'));
writeFileSync(join(pages, 'review.html'), html);
afterAll(() => rmSync(pages, { recursive: true, force: true }));

const chromium = setupChromium({ static: [{ prefix: '/t/', dir: pages }] });

test('a person reviews, changes an answer, and sends: the change arrives, nothing asked twice', async () => {
  const { page } = await chromium.openPage();
  await page.goto(`${chromium.server.url}t/review.html`);
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ada');
  await page.getByRole('combobox', { name: 'You are' }).selectOption('owner');

  // Back then Next: the answers are still there.
  await page.getByRole('button', { name: 'Back' }).click();
  expect(await page.getByRole('textbox', { name: 'Email' }).inputValue()).toBe('ada@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Ada');
  expect(await page.getByRole('combobox', { name: 'You are' }).inputValue()).toBe('owner');
  await page.getByRole('button', { name: 'Continue' }).click();

  const heading = page.getByRole('heading', { name: 'Check your answers' });
  await heading.waitFor();
  // Focus moves to the new step, as on every step.
  expect(
    await heading.evaluate(
      (h) => h.getRootNode() instanceof ShadowRoot && (h.getRootNode() as ShadowRoot).activeElement === h,
    ),
  ).toBe(true);
  expect(await page.getByText('Step 3 of 3', { exact: true }).isVisible()).toBe(true);
  const list = page.locator('dl.yl-review');
  expect(await list.locator('dt').allTextContents()).toEqual(['Email', 'Your name', 'You are']);
  expect(await list.locator('dd:not(:has(button))').allTextContents()).toEqual([
    'ada@example.com',
    'Ada',
    'Business owner',
  ]);

  // Change the email: the step comes back with it filled in; Next leads forward again.
  await page.getByRole('button', { name: 'Change Email' }).click();
  const email = page.getByRole('textbox', { name: 'Email' });
  expect(await email.inputValue()).toBe('ada@example.com');
  await email.fill('grace@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Ada');
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading.waitFor();
  expect(await list.locator('dd:not(:has(button))').first().textContent()).toBe('grace@example.com');

  await page.getByRole('button', { name: 'Send my answers' }).click();
  await page.getByRole('heading', { name: 'Thanks!' }).waitFor();
  const leads = await poll(
    () => chromium.server.received.leads.filter((lead) => lead.form_id === 'review-e2e'),
    (found) => found.length >= 1,
  );
  expect(leads.map((lead) => [lead.submission, lead.step_id, lead.answers])).toEqual([
    ['final', 'check', { email: 'grace@example.com', name: 'Ada', role: 'owner' }],
  ]);
});
