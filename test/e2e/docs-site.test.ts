import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type BuiltSite, buildDocs } from '../../scripts/build-docs.mjs';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';
import { expectClean, setupChromium } from './harness';

// The docs site as `npm run docs` builds it, served by the demo server under its strict CSP.
// A marketer's path through it: the playground, edited; its snippet copied, pasted into a
// blank page on 127.0.0.1 (the built files standing in for the CDN), and the funnel done there.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir = '';
let site: BuiltSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yesladder-docs-site-'));
  site = await buildDocs(dir);
}, 60_000);

const chromium = setupChromium(() => ({ static: [{ prefix: '/docs/', dir }] }));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The config a marketer types into the playground: the CTA-then-email recipe, retitled, progress off. */
const edited = (title: string) => ({
  id: 'spring-guide',
  progress: false,
  steps: [
    { id: 'start', type: 'cta', title, button: 'Get the guide' },
    {
      id: 'email',
      title: 'Where should we send it?',
      lead: true,
      button: 'Send it to me',
      fields: [
        { name: 'email', type: 'email', label: 'Your email', required: true },
        { name: 'consent', type: 'consent', label: 'Email me the guide.', required: true },
      ],
    },
    {
      id: 'thanks',
      type: 'thanks',
      title: 'Check your inbox!',
      next: { label: 'Read chapter 1', href: 'https://example.com/ch1' },
    },
  ],
});

/** `yesladder snippet` for `config`, as a developer runs it against the real dist/. */
async function cliSnippet(config: object): Promise<string> {
  const file = join(dir, 'cli-config.json');
  writeFileSync(file, JSON.stringify(config));
  let out = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      throw new Error(text);
    },
    readFile,
    cwd: ROOT,
    distDir: resolve(ROOT, 'dist'),
  };
  expect(await runCli(['snippet', file], io)).toBe(0);
  return out;
}

const typeConfig = async (page: Page, config: unknown) => {
  await page.locator('#config').fill(typeof config === 'string' ? config : JSON.stringify(config, null, 2));
};

test('the playground: an edit changes the preview and the findings, and its copied snippet runs a funnel on a blank page', async () => {
  const { page, watch, context } = await chromium.openPage({ viewport: { width: 1280, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: chromium.server.url });
  await page.goto(`${chromium.server.url}docs/playground.html`);
  // The initial config, live: the two-step opt-in recipe.
  await page
    .locator('#preview')
    .getByRole('heading', { name: 'Get the 7-day landing page checklist' })
    .waitFor();

  // A mistake is shown where it is.
  const broken = JSON.stringify(edited('Grab the free guide'), null, 2).replace(
    '"type": "email"',
    '"type": "emial"',
  );
  await typeConfig(page, broken);
  const brokenLine = broken.split('\n').findIndex((line) => line.includes('"emial"')) + 1;
  await expect
    .poll(() => page.locator('#issues').innerText())
    .toMatch(new RegExp(`line ${brokenLine}\\b[\\s\\S]*steps\\[1\\]\\.fields\\[0\\]\\.type`));
  await expect.poll(() => page.locator('#config').getAttribute('aria-invalid')).toBe('true');
  await expect.poll(() => page.locator('#copy-snippet').isDisabled()).toBe(true);

  // Fixed: the preview follows, and the linter sees the hidden progress.
  await typeConfig(page, edited('Grab the free guide'));
  await page.locator('#preview').getByRole('heading', { name: 'Grab the free guide' }).waitFor();
  await expect.poll(() => page.locator('#lint').innerText()).toContain('progress-hidden');
  await expect.poll(() => page.locator('#config').getAttribute('aria-invalid')).not.toBe('true');

  // Clicking through the preview lists its events.
  await page.locator('#preview').getByRole('button', { name: 'Get the guide' }).click();
  await expect.poll(() => page.locator('#events').innerText()).toContain('step_complete');

  // The snippet, copied, is the CLI's to the byte.
  await page.locator('#copy-snippet').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('yesladder(');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#snippet').inputValue());
  expect(copied).toBe(await cliSnippet(edited('Grab the free guide')));
  expect(copied).toContain(site.integrity['yesladder.js']);
  expectClean(watch);

  await runPasted(copied);
});

/** Pastes `snippet` into a blank page of the demo server, the CDN's files served from dist/. */
async function runPasted(snippet: string) {
  const { page, watch } = await chromium.openPage({ viewport: { width: 900, height: 900 } });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A landing page</title><link rel="icon" href="data:,"></head><body><main><h1>Spring sale</h1>${snippet}</main></body></html>`;
  const allowed = /allow script-src ('sha256-[^']+') (\S+)/.exec(snippet);
  expect(allowed, 'the snippet says what its CSP must allow').not.toBeNull();
  const csp = CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    `script-src 'self' ${allowed?.[1]} ${allowed?.[2]}`,
  );
  const cdn = `https://cdn.jsdelivr.net/npm/yesladder@${site.version}/dist/`;
  const served: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(cdn)) {
      const file = url.slice(cdn.length);
      served.push(file);
      return route.fulfill({
        status: 200,
        headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
        body: readFileSync(resolve(ROOT, 'dist', file)),
      });
    }
    if (url === `${chromium.server.url}pasted`) {
      return route.fulfill({
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp },
        body: html,
      });
    }
    // Nothing else leaves 127.0.0.1.
    return url.startsWith(chromium.server.url) ? route.continue() : route.abort();
  });
  await page.goto(`${chromium.server.url}pasted`);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Your email').fill('ada@example.com');
  await page.getByRole('checkbox', { name: 'Email me the guide.' }).check();
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  expect(served).toEqual(['yesladder.js', 'yesladder.runtime.js']);
  expectClean(watch);
}

test('every page loads under the strict CSP without an error, and the live forms on them show', async () => {
  const { page, watch } = await chromium.openPage({ viewport: { width: 1100, height: 900 } });
  for (const file of site.pages.filter((path) => !path.includes('/'))) {
    await page.goto(`${chromium.server.url}docs/${file}`);
    await page.getByRole('navigation', { name: 'Documentation' }).waitFor();
  }
  await page.goto(`${chromium.server.url}docs/recipes.html`);
  for (const title of [
    'Get the 7-day landing page checklist',
    'Get your free guide',
    'What do you want from your landing page?',
    'What is your sign-up form costing you?',
    'Save your seat: Thursday, 5 pm',
  ]) {
    await page.getByRole('heading', { name: title }).first().waitFor();
  }
  await page.goto(`${chromium.server.url}docs/theming.html`);
  // The themed preview takes its accent from the custom properties set on its wrapper.
  const themed = page.locator('.themed').getByRole('button', { name: 'Continue' });
  await themed.waitFor();
  expect(await themed.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(
    'rgb(245, 184, 61)',
  );
  expectClean(watch);
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.0–2.2 A and AA rules on the page as it is, its live forms' shadow roots included. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { id: string; nodes: { target: unknown }[] };
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Result[] }> };
      }
    ).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return violations.map((rule) => `${rule.id}: ${JSON.stringify(rule.nodes.map((node) => node.target))}`);
  });
}

test('every page of the site passes axe’s WCAG 2.2 AA rules, the playground with a problem shown too', async () => {
  const { page } = await chromium.openPage({ viewport: { width: 1100, height: 900 } });
  for (const file of site.pages) {
    await page.goto(`${chromium.server.url}docs/${file}`);
    await page.getByRole('navigation', { name: 'Documentation' }).waitFor();
    expect(await axeViolations(page), file).toEqual([]);
  }
  await page.goto(`${chromium.server.url}docs/playground.html`);
  await page.locator('#preview').getByRole('heading').first().waitFor();
  await typeConfig(
    page,
    '{ "id": "x", "steps": [ { "id": "a", "fields": [ { "name": "e", "type": "emial" } ] } ] }',
  );
  await expect.poll(() => page.locator('#issues').innerText()).toContain('line 1');
  expect(await axeViolations(page), 'playground with a problem').toEqual([]);
});
