import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildElementPage, buildExample } from '../../scripts/build-examples.mjs';
import { type Chromium, settle, setupChromium } from './harness';
import type { PageWatch } from './page-watch';
import { poll } from './poll';

// Every example page under the demo server's strict CSP (no inline script or style, no eval),
// then again with Trusted Types enforced and no policy allowed: zero `securitypolicyviolation`
// events while the form is opened and completed. Plus an app importing the npm build with its
// own zod left as it comes, and a config whose text is an XSS payload.

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SITE = repo('test/.artifacts/csp');
const PERSON = { email: 'ada.lovelace@example.com', name: 'Ada Lovelace' };
const PAYLOAD = '<img src=x onerror="window.__pwned = 1">"><svg onload="window.__pwned = 2">';

/** The app a developer writes: our npm build, and zod of its own, not set to jitless. */
const NPM_APP = `
import { mount } from ${JSON.stringify(repo('dist/index.js'))};
import * as z from 'zod/mini';
const mine = z.strictObject({ plan: z.enum(['free', 'pro']) });
window.__hostParse = z.safeParse(mine, { plan: 'pro' }).success;
mount('#signup', {
  id: 'free-guide',
  steps: [
    { id: 'start', type: 'cta', title: 'Get your free guide', button: 'Get the guide' },
    { id: 'email', lead: true, button: 'Send it to me',
      fields: [{ name: 'email', type: 'email', label: 'Where should we send it?', required: true }] },
    { id: 'about', title: 'Help us tailor it', button: 'Finish',
      fields: [{ name: 'name', type: 'text', label: 'Your name', hint: 'As on **your** [card](https://example.com/card)' }] },
    { id: 'thanks', type: 'thanks', title: 'Check your inbox!' },
  ],
  submit: { url: '/api/leads' },
});
window.__zodConfig = JSON.parse(JSON.stringify(z.config()));
`;

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>csp</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

beforeAll(async () => {
  if (!existsSync(repo('dist/index.js')) || !existsSync(repo('dist/yesladder.global.js')))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(`${SITE}/npm`, { recursive: true });
  await buildExample('react-app', { outDir: `${SITE}/apps/react-app` });
  await buildExample('preact-app', { outDir: `${SITE}/apps/preact-app` });
  await buildElementPage({ outDir: `${SITE}/apps` });
  await build({
    stdin: { contents: NPM_APP, resolveDir: repo('.'), loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: `${SITE}/npm`,
    entryNames: 'app',
    logLevel: 'warning',
  });
  writeFileSync(
    `${SITE}/npm/index.html`,
    page('<div id="signup"></div>', '<script type="module" src="./app.js"></script>'),
  );
  const config = {
    id: 'hostile',
    steps: [
      {
        id: 'start',
        type: 'cta',
        title: PAYLOAD,
        body: `${PAYLOAD} [x](javascript:window.__pwned=3)`,
        button: PAYLOAD,
      },
      { id: 'thanks', type: 'thanks', title: 'Done' },
    ],
  };
  writeFileSync(
    `${SITE}/npm/payload.html`,
    page(
      `<div id="signup"></div><script type="application/json" id="c">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>` +
        '<script src="/dist/yesladder.global.js" defer data-config="#c" data-target="#signup"></script>',
    ),
  );
}, 180_000);

const statics = () => ({
  static: [
    { prefix: '/apps/', dir: `${SITE}/apps` },
    { prefix: '/site/', dir: `${SITE}/npm` },
  ],
});
const strict = setupChromium(statics);
const trusted = setupChromium(() => ({ ...statics(), trustedTypes: true }));
// Trusted Types enforced, and the one policy the async snippet makes allowed by name.
const loaderAllowed = setupChromium(() => ({ ...statics(), trustedTypes: 'yesladder-loader' }));

/** The free guide, as a person completes it: the call to action, the email (the lead), the rest. */
async function completeGuide(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill(PERSON.email);
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  await page.getByLabel('Your name').fill(PERSON.name);
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
}

/** Waits for `count` forms to be mounted, then presses the first button each one shows. */
async function pressFirstButtons(page: Page, count: number): Promise<void> {
  const hosts = page.locator('[data-yesladder-host]');
  await expect.poll(() => hosts.count()).toBeGreaterThanOrEqual(count);
  for (let i = 0; i < count; i++) await hosts.nth(i).locator('.yl-btn, .yl-option').first().click();
}

/** Each page the demo serves, and what a person does there. */
const PAGES: [string, (page: Page) => Promise<void>][] = [
  ['/', completeGuide],
  [
    '/popover.html',
    async (p) => {
      await p.locator('#get-guide').click();
      await p.getByRole('button', { name: 'Yes, send it' }).click();
    },
  ],
  [
    '/modal.html',
    async (p) => {
      await p.locator('#get-guide').click();
      await p.getByRole('dialog').waitFor();
      await p.getByRole('dialog').locator('.yl-btn').first().click();
    },
  ],
  ['/snippet.html', (p) => pressFirstButtons(p, 1)],
  ['/placeholders.html', (p) => pressFirstButtons(p, 2)],
  [
    '/consent.html',
    async (p) => {
      await p.locator('[data-consent="granted"]').click();
      await pressFirstButtons(p, 1);
    },
  ],
  ['/bad-config.html', (p) => p.getByRole('button', { name: 'Click me' }).click()],
  ['/video.html', async () => {}],
  ['/apps/element.html', completeGuide],
  ['/apps/react-app/', completeGuide],
  ['/apps/preact-app/', completeGuide],
  ['/site/', completeGuide],
];

/** Opens `path`, lets the person act, and returns what the page's watch saw. */
async function visit(
  chromium: Chromium,
  path: string,
  act: (page: Page) => Promise<void>,
): Promise<PageWatch> {
  const { page, watch } = await chromium.openPage({ viewport: { width: 1200, height: 820 } });
  await page.goto(new URL(path, chromium.server.url).href);
  await act(page);
  await settle(page);
  return watch;
}

/** The async snippet sets `script.src`, a Trusted Types sink: its `yesladder-loader` policy must be allowed (README). */
const SNIPPET = '/snippet.html';

describe.each([
  ['the strict CSP', strict, PAGES],
  ['the strict CSP and Trusted Types', trusted, PAGES.filter(([path]) => path !== SNIPPET)],
])('under %s', (_name, chromium, pages) => {
  test.each(pages)('%s reports no violation and throws nothing', async (path, act) => {
    const watch = await visit(chromium, path, act);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    // The broken config's page logs its one yesladder error on purpose; no other page logs any.
    expect(watch.consoleErrors.filter((text) => !text.startsWith('yesladder: the config'))).toEqual([]);
  });
});

test('under Trusted Types with its yesladder-loader policy allowed, the async snippet loads and works: no violation', async () => {
  const watch = await visit(loaderAllowed, SNIPPET, (p) => pressFirstButtons(p, 1));
  expect(watch.cspViolations).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('under Trusted Types with no policy allowed, the async snippet is refused at script.src, and nothing else breaks', async () => {
  const { page, watch } = await trusted.openPage({}, { allowPageErrors: true });
  await page.goto(new URL(SNIPPET, trusted.server.url).href);
  await poll(
    () => watch.cspViolations,
    (v) => v.some((text) => text.startsWith('require-trusted-types-for')),
  );
  await settle(page);
  // The page refused the policy (trusted-types 'none'), so the string reached script.src.
  expect(watch.cspViolations).toEqual([
    expect.stringMatching(/^trusted-types blocked trusted-types-policy/),
    expect.stringMatching(/^require-trusted-types-for blocked trusted-types-sink/),
  ]);
});

test('an app with its own zod, not jitless, imports the npm build: nothing compiled, zod config untouched', async () => {
  const before = strict.server.received.leads.length;
  const { page, watch } = await strict.openPage();
  await page.goto(new URL('/site/', strict.server.url).href);
  await completeGuide(page);
  await poll(
    () => strict.server.received.leads.slice(before),
    (leads) => leads.length >= 2,
  );
  expect(await page.evaluate(() => (window as unknown as { __hostParse: boolean }).__hostParse)).toBe(true);
  // yesladder set nothing on zod's page-wide config: the app's zod is as the app left it.
  expect(await page.evaluate(() => (window as unknown as { __zodConfig: object }).__zodConfig)).toEqual({});
  expect(watch.cspViolations).toEqual([]);
});

test('the script-tag build leaves the page-wide zod config alone', async () => {
  const { page } = await strict.openPage();
  await page.goto(strict.server.url);
  await page.getByRole('button', { name: 'Get the guide' }).waitFor();
  const config = await page.evaluate(
    () => (globalThis as unknown as { __zod_globalConfig?: object }).__zod_globalConfig,
  );
  expect(config ?? {}).toEqual({});
});

test('a config whose text is an XSS payload shows it as text and runs nothing', async () => {
  const { page, watch } = await trusted.openPage();
  await page.goto(new URL('/site/payload.html', trusted.server.url).href);
  const heading = page.getByRole('heading', { level: 2 });
  await heading.waitFor();
  expect(await heading.textContent()).toBe(PAYLOAD);
  expect(await page.locator('.yl-body').textContent()).toBe(`${PAYLOAD} [x](javascript:window.__pwned=3)`);
  const host = page.locator('[data-yesladder-host]');
  expect(await host.locator('img, svg, script, a').count()).toBe(0);
  await host.locator('.yl-btn').click();
  await page.getByRole('heading', { name: 'Done' }).waitFor();
  await settle(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(watch.cspViolations).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});
