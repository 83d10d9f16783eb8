import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { dataLayerOf, expectClean, setupChromium } from './harness';
import { poll } from './poll';

// Prefill in real Chromium, through the split script build: a visit arrives with its email in
// the URL (a link in a newsletter, say). The email step is known, so it is skipped: the lead
// is kept at once, the progress counts only the steps shown, and the email never reaches
// analytics.

const config = {
  id: 'prefill-e2e',
  prefill: { query: ['email'] },
  skipPrefilled: true,
  steps: [
    { id: 'start', type: 'cta', title: 'Get your free guide', button: 'Get the guide' },
    {
      id: 'email',
      lead: true,
      fields: [{ name: 'email', type: 'email', label: 'Email', required: true }],
    },
    {
      id: 'about',
      title: 'Help us tailor it',
      button: 'Finish',
      fields: [{ name: 'name', label: 'Your name' }],
    },
    { id: 'thanks', type: 'thanks', title: 'Thanks!' },
  ],
  submit: { url: '/api/leads' },
  analytics: [{ type: 'dataLayer' }],
};

const pages = mkdtempSync(join(tmpdir(), 'yesladder-prefill-'));
writeFileSync(
  join(pages, 'page.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prefill</title><link rel="icon" href="data:,">
<script type="application/json" id="config">${JSON.stringify(config)}</script>
<script src="/dist/yesladder.js" defer data-config="#config" data-target="#signup"></script></head>
<body><main><h1>A landing page</h1><div id="signup"></div></main></body></html>`,
);
afterAll(() => rmSync(pages, { recursive: true, force: true }));

const chromium = setupChromium({ static: [{ prefix: '/t/', dir: pages }] });

test('an email in the URL skips the email step: the lead is kept, the count is honest, analytics never sees it', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}t/page.html?email=ada%40example.com`);
  await page.getByRole('button', { name: 'Get the guide' }).waitFor();
  expect(await page.locator('.yl-progress-text').innerText()).toBe('Step 1 of 2');
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  expect(await page.locator('.yl-progress-text').innerText()).toBe('Step 2 of 2');
  const leads = await poll(
    () => chromium.server.received.leads.filter((lead) => lead.form_id === 'prefill-e2e'),
    (list) => list.length >= 1,
  );
  expect(leads.map((lead) => [lead.submission, lead.step_id, lead.answers])).toEqual([
    ['lead', 'email', { email: 'ada@example.com' }],
  ]);
  const layer = await dataLayerOf(page);
  expect(JSON.stringify(layer)).not.toContain('ada@example.com');
  const views = layer.filter((entry) => entry.event === 'yesladder_step_view').map((entry) => entry.step_id);
  expect(views).toEqual(['start', 'about']);
  const skipped = layer.find(
    (entry) => entry.event === 'yesladder_step_complete' && entry.step_id === 'email',
  );
  expect(skipped).toMatchObject({ skipped: true, duration_ms: 0 });
  expectClean(watch);
});

test('an email in the URL that would not pass its check is not used: the email step is asked', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}t/page.html?email=ada%40`);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  const email = page.getByLabel('Email');
  await email.waitFor();
  expect(await email.inputValue()).toBe('');
  expect(await page.locator('.yl-progress-text').innerText()).toBe('Step 2 of 3');
  expectClean(watch);
});
