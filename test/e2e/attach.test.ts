import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { runCli } from '../../src/cli/run-cli';
import { freeGuide } from '../fixtures/free-guide';
import { dataLayerOf, expectClean, settle, setupChromium } from './harness';
import { poll } from './poll';

// Attach mode in real Chromium: a landing page's own hero form (an email box and a button that
// posts to the page's own action) becomes the first step of the ladder. The same page is tried
// with our script, without it (the file fails to load), and with a config that does not fit:
// the form must post to its action, exactly as before, whenever we cannot carry it on.

const config = {
  id: 'attach-e2e',
  steps: [
    {
      id: 'email',
      lead: true,
      // Tighter than the page's own input (no maxlength there): our check speaks through the browser.
      fields: [{ name: 'email', type: 'email', label: 'Email', required: true, maxLength: 24 }],
    },
    { id: 'about', title: 'Help us tailor it', fields: [{ name: 'name', label: 'Your name' }] },
    {
      id: 'goal',
      title: 'One last thing',
      button: 'Finish',
      fields: [{ name: 'goal', label: 'What should the page do better?' }],
    },
    { id: 'thanks', type: 'thanks', title: 'Check your inbox!' },
  ],
  submit: { url: '/api/leads' },
  analytics: [{ type: 'dataLayer' }],
};

const page = (name: string, script: string, cfg: object = config) =>
  writeFileSync(
    join(pages, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Attach</title><link rel="icon" href="data:,">
<script type="application/json" id="cfg">${JSON.stringify(cfg)}</script>
${script}</head>
<body><main><h1>The 7-Day Landing Page Fix</h1>
<form id="hero" action="/t/subscribe" method="post" data-yesladder-attach="#cfg">
  <label for="hero-email">Your email</label>
  <input id="hero-email" name="email" type="email" required autocomplete="email">
  <button>Get the free guide</button>
</form>
<p>Seven short lessons, one a day.</p>
<a id="start" href="/t/pricing.html">Get started</a></main></body></html>`,
  );

const pages = mkdtempSync(join(tmpdir(), 'yesladder-attach-'));
page('hero.html', '<script src="/dist/yesladder.popover.global.js" defer></script>');
// The script's file is missing (a CDN outage, a blocker): nothing of ours runs.
page('hero-no-script.html', '<script src="/dist/no-such-file.js" defer></script>');
// The core split build has no attach mode (it ships with the popover build): it says so once.
page('hero-core.html', '<script src="/dist/yesladder.js" defer></script>');
const { lead: _, ...notLead } = config.steps[0] as (typeof config.steps)[0];
page('hero-bad-config.html', '<script src="/dist/yesladder.popover.global.js" defer></script>', {
  ...config,
  steps: [notLead, ...config.steps.slice(1)],
});
writeFileSync(
  join(pages, 'pricing.html'),
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Pricing</title><link rel="icon" href="data:,"><h1>Pricing</h1></html>',
);
afterAll(() => rmSync(pages, { recursive: true, force: true }));

const chromium = setupChromium({ static: [{ prefix: '/t/', dir: pages }] });

/** The page's own action, answered here: the posted bodies, in order. */
const watchAction = async (p: Page): Promise<string[]> => {
  const posted: string[] = [];
  await p.route('**/t/subscribe', (route) => {
    posted.push(route.request().postData() ?? '');
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Subscribed</title><p>Subscribed.</p>',
    });
  });
  return posted;
};

const leadsOf = (id: string) => chromium.server.received.leads.filter((lead) => lead.form_id === id);

const heroEmail = (p: Page) => p.getByLabel('Your email');

test('with our script the hero form is step 1: the lead is kept, the ladder goes on beside it, the email never asked again', async () => {
  const { page, watch, context } = await chromium.openPage();
  const posted = await watchAction(page);
  // The page's own submit listener, added as the parser makes the form: before ours.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const form = document.getElementById('hero');
      if (!form) return;
      observer.disconnect();
      form.addEventListener('submit', (event) => {
        (window as unknown as { pageSaw: boolean }).pageSaw = event.defaultPrevented;
      });
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${chromium.server.url}t/hero.html`);
  await page.locator('#hero[data-yesladder-mounted]').waitFor({ state: 'attached' });

  await heroEmail(page).fill('ada@example.com');
  await heroEmail(page).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Help us tailor it' });
  await dialog.waitFor();
  expect(page.url()).toBe(`${chromium.server.url}t/hero.html`);
  expect(await page.evaluate(() => (window as unknown as { pageSaw?: boolean }).pageSaw)).toBe(true);
  expect(await page.locator('.yl-progress-text').innerText()).toBe('Step 2 of 3');
  // Anchored to the form: just below it, not centred on the screen.
  await settle(page);
  const form = await page.locator('#hero').boundingBox();
  const popover = await page.locator('.yl-pop').boundingBox();
  expect(popover && form && popover.y - (form.y + form.height)).toBeGreaterThanOrEqual(0);
  expect(popover && form && popover.y - (form.y + form.height)).toBeLessThan(40);
  // Focus is on the new step's heading, inside the popover.
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-yesladder-host'))).toBe(true);
  expect(await dialog.locator('input[type=email]').count()).toBe(0);

  const leads = await poll(
    () => leadsOf('attach-e2e'),
    (list) => list.length >= 1,
  );
  expect(leads.map((lead) => [lead.submission, lead.step_id, lead.answers])).toEqual([
    ['lead', 'email', { email: 'ada@example.com' }],
  ]);

  await page.getByLabel('Your name').fill('Ada');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('What should the page do better?').fill('Ask less up front');
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  const all = await poll(
    () => leadsOf('attach-e2e'),
    (list) => list.length >= 2,
  );
  expect(all[1]).toMatchObject({
    submission: 'final',
    answers: { email: 'ada@example.com', name: 'Ada', goal: 'Ask less up front' },
  });
  expect(posted, 'the page’s own action was never posted to').toEqual([]);

  const layer = await dataLayerOf(page);
  expect(JSON.stringify(layer)).not.toContain('ada@example.com');
  expect(layer.map((entry) => `${entry.event}:${entry.step_id}`).slice(0, 5)).toEqual([
    'yesladder_form_view:email',
    'yesladder_step_view:email',
    'yesladder_step_complete:email',
    'generate_lead:email',
    'yesladder_step_view:about',
  ]);
  expectClean(watch);
});

test('an answer our config refuses is said by the browser on the page’s own field, and nothing is sent', async () => {
  const { page, watch } = await chromium.openPage();
  const posted = await watchAction(page);
  await page.goto(`${chromium.server.url}t/hero.html`);
  await page.locator('#hero[data-yesladder-mounted]').waitFor({ state: 'attached' });

  await heroEmail(page).fill('a.very.long.name@example.com');
  await page.getByRole('button', { name: 'Get the free guide' }).click();
  await settle(page);
  expect(await heroEmail(page).evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(
    'Use at most 24 characters.',
  );
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('hero-email');
  expect(await page.getByRole('dialog').count()).toBe(0);
  expect(
    leadsOf('attach-e2e').filter((lead) => lead.answers?.email === 'a.very.long.name@example.com'),
  ).toEqual([]);
  const layer = await dataLayerOf(page);
  expect(layer.filter((entry) => entry.event === 'yesladder_field_invalid')).toEqual([
    expect.objectContaining({ field: 'email', error_code: 'too_long' }),
  ]);

  // Typing clears the message; a good answer goes on.
  await heroEmail(page).fill('grace@example.com');
  expect(await heroEmail(page).evaluate((input: HTMLInputElement) => input.validationMessage)).toBe('');
  await heroEmail(page).press('Enter');
  await page.getByRole('dialog', { name: 'Help us tailor it' }).waitFor();
  expect(posted).toEqual([]);
  expectClean(watch);
});

test('Back from step 2 returns to the page’s form; sent again with another email, the new one is the lead', async () => {
  const { page, watch } = await chromium.openPage();
  await watchAction(page);
  await page.goto(`${chromium.server.url}t/hero.html`);
  await page.locator('#hero[data-yesladder-mounted]').waitFor({ state: 'attached' });
  await heroEmail(page).fill('first@example.com');
  await heroEmail(page).press('Enter');
  await page.getByRole('dialog', { name: 'Help us tailor it' }).waitFor();

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('hero-email');

  await heroEmail(page).fill('second@example.com');
  await heroEmail(page).press('Enter');
  await page.getByRole('dialog', { name: 'Help us tailor it' }).waitFor();
  const leads = await poll(
    () => leadsOf('attach-e2e').filter((lead) => /^(first|second)@/.test(String(lead.answers?.email))),
    (list) => list.length >= 2,
  );
  expect(leads.map((lead) => lead.answers?.email)).toEqual(['first@example.com', 'second@example.com']);

  // Closed and sent again unchanged: the ladder reopens where the person left it, nothing sent twice.
  await page.getByLabel('Your name').fill('Grace');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'One last thing' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await heroEmail(page).press('Enter');
  await page.getByRole('dialog', { name: 'One last thing' }).waitFor();
  await settle(page);
  expect(
    leadsOf('attach-e2e').filter((lead) => /^(first|second)@/.test(String(lead.answers?.email))),
  ).toHaveLength(2);
  expectClean(watch);
});

test('without our script the form posts to its own action, exactly as before', async () => {
  const { page, watch } = await chromium.openPage();
  const posted = await watchAction(page);
  await page.goto(`${chromium.server.url}t/hero-no-script.html`);
  await heroEmail(page).fill('ada@example.com');
  await heroEmail(page).press('Enter');
  await page.waitForURL('**/t/subscribe');
  expect(await page.locator('p').innerText()).toBe('Subscribed.');
  expect(posted).toEqual(['email=ada%40example.com']);
  // The missing file is the only problem on the page.
  expect(watch.consoleErrors).toEqual([expect.stringMatching(/404/)]);
});

test('with a config that does not fit the page, one console error says why and the form posts as before', async () => {
  const { page, watch } = await chromium.openPage();
  const posted = await watchAction(page);
  await page.goto(`${chromium.server.url}t/hero-bad-config.html`);
  const errors = await poll(
    () => watch.consoleErrors,
    (list) => list.length > 0,
  );
  expect(errors).toEqual([
    'yesladder: cannot attach to <form id="hero">: the config\'s first step "email" must be "lead": true. Nothing was attached; it works as before.',
  ]);
  await heroEmail(page).fill('ada@example.com');
  await page.getByRole('button', { name: 'Get the free guide' }).click();
  await page.waitForURL('**/t/subscribe');
  expect(posted).toEqual(['email=ada%40example.com']);
  expect(await page.locator('[data-yesladder-host]').count()).toBe(0);
});

/** `yesladder snippet <config> --attach <selector>`, run against the real dist/ as a developer runs it. */
const attachSnippet = async (config: object, selector: string): Promise<string> => {
  const file = join(pages, 'snippet-config.json');
  writeFileSync(file, JSON.stringify(config));
  const out: string[] = [];
  const err: string[] = [];
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const io = {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    readFile,
    cwd: pages,
    distDir: dist,
  };
  const code = await runCli(
    [
      'snippet',
      file,
      '--attach',
      selector,
      '--src',
      `${chromium.server.url}dist/yesladder.popover.global.js`,
    ],
    io,
  );
  if (code !== 0) throw new Error(err.join(''));
  return out.join('');
};

/** A landing page with a "Get started" link and `snippet` pasted in, under a CSP allowing exactly its script. */
const openCtaPage = async (snippet: string, setup?: (p: Page) => Promise<void>) => {
  const opened = await chromium.openPage();
  const hash = /script-src ('sha256-[^']+')/.exec(snippet)?.[1] ?? '';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Start</title><link rel="icon" href="data:,"></head>
<body><main><h1>The 7-Day Landing Page Fix</h1><a id="start" href="/t/pricing.html">Get started</a>${snippet}</main></body></html>`;
  await opened.page.route(`${chromium.server.url}t/start.html`, (route) =>
    route.fulfill({
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace(
          "script-src 'self'",
          `script-src 'self' ${hash}`,
        ),
      },
      body: html,
    }),
  );
  await setup?.(opened.page);
  await opened.page.goto(`${chromium.server.url}t/start.html`);
  return opened;
};

const ctaConfig = { ...freeGuide, id: 'attach-cta', display: { mode: 'modal' }, analytics: [] };

test('the core yesladder.js has no attach mode: it says so once, names the build to load, and the form posts', async () => {
  const { page, watch } = await chromium.openPage();
  const posted = await watchAction(page);
  await page.goto(`${chromium.server.url}t/hero-core.html`);
  const errors = await poll(
    () => watch.consoleErrors,
    (list) => list.length > 0,
  );
  expect(errors).toEqual([
    'yesladder: cannot attach to <form id="hero">: this build has no attach mode; load yesladder.popover.global.js. Nothing was attached; it works as before.',
  ]);
  await heroEmail(page).fill('ada@example.com');
  await heroEmail(page).press('Enter');
  await page.waitForURL('**/t/subscribe');
  expect(posted).toEqual(['email=ada%40example.com']);
});

test('through the async snippet, the page’s own "Get started" link is the first (cta) step, and the ladder goes on in a modal', async () => {
  const snippet = await attachSnippet(ctaConfig, '#start');
  const { page, watch } = await openCtaPage(snippet);
  await page.locator('#start[data-yesladder-mounted]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'Get started' }).click();
  const email = page.getByRole('dialog').getByLabel('Where should we send it?');
  await email.waitFor();
  expect(await page.locator('.yl-progress-text').innerText()).toBe('Step 2 of 3');
  expect(page.url()).toBe(`${chromium.server.url}t/start.html`);
  await email.fill('ada@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  // Back twice: to the email step, then to the page's link, which has focus again.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');
  await page.keyboard.press('Enter');
  await email.waitFor();
  expect(await email.inputValue()).toBe('ada@example.com');
  const leads = await poll(
    () => leadsOf('attach-cta'),
    (list) => list.length >= 1,
  );
  expect(leads.map((lead) => [lead.submission, lead.answers])).toEqual([
    ['lead', { email: 'ada@example.com' }],
  ]);
  expectClean(watch);
});

test('without our script the "Get started" link is followed, exactly as before', async () => {
  const snippet = await attachSnippet(ctaConfig, '#start');
  const { page } = await openCtaPage(snippet, async (p) => {
    await p.route('**/dist/yesladder.popover.global.js', (route) => route.abort());
  });
  await page.getByRole('link', { name: 'Get started' }).click();
  await page.waitForURL('**/t/pricing.html');
  expect(await page.getByRole('heading').innerText()).toBe('Pricing');
});

test('the attach demo page: with its script blocked, its own form posts to its own action (/subscribe)', async () => {
  const { page } = await chromium.openPage();
  await page.route('**/dist/yesladder.popover.global.js', (route) => route.abort());
  await page.goto(`${chromium.server.url}attach.html`);
  await page.locator('#hero-email').fill('ada@example.com');
  await page.getByRole('button', { name: 'Get the free guide' }).click();
  await page.getByRole('heading', { name: 'You are subscribed' }).waitFor();
  expect(chromium.server.received.pageForms).toEqual([{ email: 'ada@example.com' }]);
});

test('the attach demo page under its strict CSP: the hero form goes on to the ladder beside it, to the thanks step', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}attach.html`);
  await page.locator('#hero-form[data-yesladder-mounted]').waitFor({ state: 'attached' });
  await page.locator('#hero-email').fill('grace@example.com');
  await page.getByRole('button', { name: 'Get the free guide' }).click();
  await page.getByRole('dialog').getByLabel('Your name').fill('Grace');
  await page.getByRole('radio', { name: 'Freelancer' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  const leads = await poll(
    () => leadsOf('attach-guide'),
    (list) => list.length >= 2,
  );
  expect(leads.map((lead) => lead.submission)).toEqual(['lead', 'final']);
  expect(chromium.server.received.pageForms.filter((posted) => posted.email === 'grace@example.com')).toEqual(
    [],
  );
  expectClean(watch);
});

test('the README’s attach example, pasted into a page: the hero form is step 1 with the script, and posts to /subscribe without it', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = readme
    .match(/### Attach to the page's own form or button\n[\s\S]*?```html\n([\s\S]*?)```/)?.[1]
    ?.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/yesladder@[^/]+\/dist\//, '/dist/');
  expect(example, 'the README has an attach example').toContain('data-yesladder-attach');
  writeFileSync(
    join(pages, 'readme.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title><link rel="icon" href="data:,"></head><body><main>${example}</main></body></html>`,
  );
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}t/readme.html`);
  await page.locator('#hero-form[data-yesladder-mounted]').waitFor({ state: 'attached' });
  await page.locator('#hero-email').fill('readme@example.com');
  await page.getByRole('button', { name: 'Get the free guide' }).click();
  await page.getByRole('dialog', { name: 'Thanks! Two quick questions (optional)' }).waitFor();
  const leads = await poll(
    () => leadsOf('hero-guide'),
    (list) => list.length >= 1,
  );
  expect(leads.map((lead) => [lead.submission, lead.answers])).toEqual([
    ['lead', { email: 'readme@example.com' }],
  ]);
  expectClean(watch);

  const without = await chromium.openPage();
  await without.page.route('**/dist/yesladder.popover.global.js', (route) => route.abort());
  await without.page.goto(`${chromium.server.url}t/readme.html`);
  await without.page.locator('#hero-email').fill('readme-plain@example.com');
  await without.page.getByRole('button', { name: 'Get the free guide' }).click();
  await without.page.getByRole('heading', { name: 'You are subscribed' }).waitFor();
  expect(chromium.server.received.pageForms).toContainEqual({ email: 'readme-plain@example.com' });
});
