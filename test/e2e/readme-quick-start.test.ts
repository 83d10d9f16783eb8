import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { CONTENT_SECURITY_POLICY, type DemoServer, startServer } from '../../scripts/serve.mjs';
import { watchPage } from './page-watch';
import { poll } from './poll';

// The README's first quick start, pasted as it is into a page under the strict CSP: the
// front door's promise ("paste this and it works") is tested, not only pages like it.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const quickStart = readme.match(/## Quick start: a `<script>` tag, no build\n\n```html\n([\s\S]*?)```/)?.[1];

let server: DemoServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the README quick start, pasted into a page, takes a person to the thank-you step', async () => {
  expect(quickStart, 'the README has a script-tag quick start').toBeDefined();
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${quickStart}</body></html>`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = await watchPage(page);
  await page.route(`${server.url}pasted`, (route) =>
    route.fulfill({
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      },
      body: html,
    }),
  );
  const before = server.received.leads.length;
  await page.goto(`${server.url}pasted`);

  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel(/Where should we send it/).fill('ada@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  // The thanks step follows the submission's answer: wait for it (a visible heading or a timeout).
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor({ state: 'visible' });
  await expect(page.getByRole('link', { name: 'Watch the video' }).getAttribute('href')).resolves.toBe(
    '/video',
  );

  const leads = await poll(
    () => server.received.leads.slice(before),
    (got) => got.length >= 1,
  );
  // The email step is the last ask: its lead is the final submission.
  expect(leads.map((lead) => [lead.submission, lead.answers?.email])).toEqual([['final', 'ada@example.com']]);
  const pushed = await page.evaluate(() =>
    ((window as unknown as { dataLayer?: { event: string }[] }).dataLayer ?? []).map((entry) => entry.event),
  );
  expect(pushed).toEqual(
    expect.arrayContaining(['yesladder_form_view', 'generate_lead', 'yesladder_form_submit']),
  );
  expect(
    JSON.stringify(await page.evaluate(() => (window as unknown as { dataLayer: unknown }).dataLayer)),
  ).not.toContain('ada@example.com');
  expect([...watch.consoleErrors, ...watch.pageErrors, ...watch.cspViolations]).toEqual([]);
  await context.close();
});
