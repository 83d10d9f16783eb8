import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import ts from 'typescript';
import type { Rolldown } from 'vite';
import { beforeAll, expect, test } from 'vitest';
import { buildElementPage, buildExample } from '../../scripts/build-examples.mjs';
import { expectClean, setupChromium } from './harness';
import type { PageWatch } from './page-watch';
import { poll } from './poll';

// The framework entries as an app uses them: examples/react-app and examples/preact-app are
// built with Vite (resolving `yesladder/*` through the package's own exports to dist/), the
// <yes-ladder> page is bundled the same way, and each is driven in Chromium under the demo
// server's strict CSP, its fake backend keeping what the apps send.

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const ARTIFACTS = repo('test/.artifacts/frameworks');
const SITE = `${ARTIFACTS}/site`;
const BUILT = ['dist/react.js', 'dist/preact.js', 'dist/element.js'];
const MISSING_BUILD = 'dist/ has no framework entries: build them with `npx tsup` before the browser tests.';
const PERSON = { email: 'ada.lovelace@example.com', name: 'Ada Lovelace' };

type Output = Rolldown.RolldownOutput;
const builds: Record<string, Output> = {};

/** Builds one example with Vite's JS API into the served site; returns what Rolldown wrote. */
const buildApp = (name: string, options: { app?: string; mode?: string } = {}): Promise<Output> =>
  buildExample(options.app ?? name, { outDir: `${SITE}/examples/${name}`, mode: options.mode });

const modulesOf = (output: Output): string[] =>
  output.output.flatMap((file) => (file.type === 'chunk' ? Object.keys(file.modules) : []));

beforeAll(async () => {
  for (const file of BUILT)
    if (!existsSync(repo(file))) throw new Error(`${file} is missing. ${MISSING_BUILD}`);
  rmSync(SITE, { recursive: true, force: true });
  builds.react = await buildApp('react-app');
  builds.reactDev = await buildApp('react-app-dev', { app: 'react-app', mode: 'development' });
  builds.preact = await buildApp('preact-app');
  builds.element = await buildElementPage({ outDir: `${SITE}/examples` });
}, 120_000);

// Registered after the builds: the server starts on the site they wrote.
const chromium = setupChromium({ root: SITE });

async function openPage(path: string): Promise<{ page: Page; watch: PageWatch }> {
  const { page, watch } = await chromium.openPage({ viewport: { width: 1200, height: 820 } });
  await page.goto(new URL(path, chromium.server.url).href);
  return { page, watch };
}

/** A person's way through the guide: the call to action, the email (the lead), the rest, thanks. */
async function completeFunnel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill(PERSON.email);
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  await page.getByLabel('Your name').fill(PERSON.name);
  await page.getByRole('radio', { name: 'Freelancer' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
}

/** The submissions that arrived since `before`, once both the lead and the final one are in. */
async function leadsSince(before: number) {
  const leads = await poll(
    () => chromium.server.received.leads.slice(before),
    (l) => l.length >= 2,
  );
  expect(leads.map((lead) => lead.submission)).toEqual(['lead', 'final']);
  expect(leads[0]?.answers).toEqual({ email: PERSON.email });
  expect(leads[1]?.answers).toEqual({ email: PERSON.email, name: PERSON.name, role: 'Freelancer' });
  expect(leads[0]?.session_id).toBe(leads[1]?.session_id);
  return leads;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });

test('the React app takes a person through the funnel, reporting to onEvent and onSubmit', async () => {
  const before = chromium.server.received.leads.length;
  const { page, watch } = await openPage('react-app/');
  await completeFunnel(page);

  await leadsSince(before);
  const saved = await poll(
    () => page.locator('#saved li').allTextContents(),
    (rows) => rows.length >= 2,
  );
  expect(saved).toEqual([`lead: ${PERSON.email}`, `final: ${PERSON.email}`]);
  const events = await page.locator('#events li').allTextContents();
  expect(events).toEqual(
    expect.arrayContaining([
      'form_view · start',
      'lead_capture · email',
      'step_complete · about (Freelancer)',
      'form_submit · about (Freelancer)',
      'step_view · thanks',
    ]),
  );
  expect(
    events.filter((row) => row.startsWith('form_view')),
    'a production build mounts once',
  ).toHaveLength(1);
  expect(events.join('\n'), 'untracked values never reach onEvent').not.toContain(PERSON.email);
  // The page's form, and the app-wide offer (a modal, closed) beside it: one of each.
  expect(await page.locator('main [data-yesladder-host]').count()).toBe(1);
  expect(await page.locator('[data-yesladder-host]').count()).toBe(2);
  await shot(page, 'react-app');
  expectClean(watch);
});

test('the React app leaves one working form under StrictMode in a development build', async () => {
  const { page, watch } = await openPage('react-app-dev/');
  await page.getByRole('button', { name: 'Get the guide' }).waitFor();
  // One page form and one app-wide offer, each mounted once in the end.
  expect(await page.locator('main [data-yesladder-host]').count()).toBe(1);
  expect(await page.locator('[data-yesladder-host]').count()).toBe(2);
  // StrictMode mounted, destroyed and mounted again: the first form was gone before its
  // runtime chunk arrived, so it reported nothing. One form, one view.
  await poll(
    () => page.locator('#events li', { hasText: 'step_view' }).count(),
    (count) => count >= 1,
  );
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').waitFor();
  expect(await page.locator('#events li', { hasText: 'step_complete · start' }).count()).toBe(1);
  expect(await page.locator('#events li', { hasText: 'form_view' }).count()).toBe(1);
  await shot(page, 'react-app-strict-mode');
  expectClean(watch);
});

test('the Preact app takes a person through the funnel, reporting to onEvent and onSubmit', async () => {
  const before = chromium.server.received.leads.length;
  const { page, watch } = await openPage('preact-app/');
  await completeFunnel(page);

  await leadsSince(before);
  const saved = await poll(
    () => page.locator('#saved li').allTextContents(),
    (rows) => rows.length >= 2,
  );
  expect(saved).toEqual([`lead: ${PERSON.email}`, `final: ${PERSON.email}`]);
  expect(await page.locator('#events li').allTextContents()).toEqual([
    'form_view · start',
    'step_view · start',
    'step_complete · start',
    'step_view · email',
    'step_complete · email',
    'lead_capture · email',
    'step_view · about',
    'step_complete · about (Freelancer)',
    'form_submit · about (Freelancer)',
    'step_view · thanks',
  ]);
  await shot(page, 'preact-app');
  expectClean(watch);
});

test('the Preact app paints the first step before the runtime chunk arrives, and keeps what the person did', async () => {
  const { page, watch } = await chromium.openPage({ viewport: { width: 1200, height: 820 } });
  // The chunk behind mount's import() waits until the person has acted on the painted step.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const asked: string[] = [];
  await page.route(/\/assets\/mount-[\w-]+\.js$/, async (route) => {
    asked.push(route.request().url());
    await held;
    await route.continue();
  });
  await page.goto(new URL('preact-app/', chromium.server.url).href);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await expect.poll(() => asked.length).toBe(1);
  // Nothing has run but the first paint: no event yet, and the click is kept.
  expect(await page.locator('#events li').count()).toBe(0);
  release();
  await page.getByLabel('Where should we send it?').waitFor();
  expect(await page.locator('#events li').allTextContents()).toEqual([
    'form_view · start',
    'step_view · start',
    'step_complete · start',
    'step_view · email',
  ]);
  // The app's entry chunk carries the first paint; the checks (zod) are in the runtime's.
  const entry = (builds.preact as Output).output.find((file) => file.type === 'chunk' && file.isEntry);
  const entryModules = entry?.type === 'chunk' ? Object.keys(entry.modules) : [];
  expect(entryModules.some((id) => id.includes('/node_modules/zod/'))).toBe(false);
  expect(modulesOf(builds.preact as Output).some((id) => id.includes('/node_modules/zod/'))).toBe(true);
  expectClean(watch);
});

test('the Preact app bundles one copy of Preact, shared with yesladder', () => {
  const preactCores = modulesOf(builds.preact as Output).filter((id) =>
    /\/preact\/dist\/preact\.m?js$/.test(id),
  );
  expect(preactCores).toHaveLength(1);
  expect(modulesOf(builds.preact as Output).some((id) => id.includes('/dist/preact.js'))).toBe(true);
});

test('the React app needs no preact/compat alias', () => {
  const modules = modulesOf(builds.react as Output);
  expect(modules.some((id) => id.includes('/dist/react.js'))).toBe(true);
  expect(modules.filter((id) => id.includes('preact/compat'))).toEqual([]);
  expect(modules.some((id) => id.endsWith('/react-dom/cjs/react-dom-client.production.js'))).toBe(true);
});

test('the <yes-ladder> page takes a person through the funnel, its events heard on document', async () => {
  const before = chromium.server.received.leads.length;
  const { page, watch } = await chromium.openPage({ viewport: { width: 1280, height: 820 } });
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    document.addEventListener('yesladder:lead_capture', (event) =>
      heard.push({ type: event.type, detail: (event as CustomEvent).detail, composed: event.composed }),
    );
  });
  await page.goto(new URL('element.html', chromium.server.url).href);
  // The page imports the element entry dynamically (after zod goes jitless): wait for it.
  await expect.poll(() => page.locator('yes-ladder > [data-yesladder-host]').count()).toBe(1);
  await completeFunnel(page);

  await leadsSince(before);
  const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
  expect(heard).toEqual([
    {
      type: 'yesladder:lead_capture',
      composed: true,
      detail: expect.objectContaining({ name: 'lead_capture', form_id: 'free-guide', step_id: 'email' }),
    },
  ]);
  expect(JSON.stringify(heard)).not.toContain(PERSON.email);
  expect(await page.locator('#lead-count').textContent()).toBe('1');
  expect(await page.evaluate(() => document.querySelector('yes-ladder')?.answers())).toEqual({
    email: PERSON.email,
    name: PERSON.name,
    role: 'Freelancer',
  });
  await shot(page, 'element');
  expectClean(watch);
});

test('the example apps type-check, answers inferred from their defineForm configs', () => {
  for (const app of ['react-app', 'preact-app']) {
    const file = ts.readConfigFile(repo(`examples/${app}/tsconfig.json`), ts.sys.readFile);
    const config = ts.parseJsonConfigFileContent(file.config, ts.sys, repo(`examples/${app}`));
    const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems, app).toEqual([]);
  }
});

test('in the React app a client-side route change cancels a pending delay trigger; the pricing page arms it again', async () => {
  const { page, watch } = await openPage('react-app/');
  const nav = page.getByRole('navigation', { name: 'App' });
  const offer = page.getByRole('heading', { name: 'Two months free on a yearly plan' });
  await page.getByRole('button', { name: 'Get the guide' }).waitFor();
  // Home is not in the offer's pages: nothing is armed there.
  await nav.getByRole('link', { name: 'Pricing' }).click();
  await page.getByRole('heading', { name: 'Pricing' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/react-app/pricing');
  // Back home (pushState) before the 1.5 s delay is up: the pending delay is cleared.
  await page.waitForTimeout(500);
  await nav.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Get the guide' }).waitFor();
  await page.waitForTimeout(2000);
  expect(await offer.isVisible()).toBe(false);
  // Pricing again, by the browser's Back and Forward this time: armed again, it opens.
  await page.goBack();
  await page.getByRole('heading', { name: 'Pricing' }).waitFor();
  await offer.waitFor({ timeout: 4000 });
  expect(await page.getByRole('dialog').isVisible()).toBe(true);
  await shot(page, 'react-app-offer');
  // Leaving the page closes it.
  await page.goBack();
  await page.getByRole('button', { name: 'Get the guide' }).waitFor();
  await expect.poll(() => offer.isVisible()).toBe(false);
  expectClean(watch);
});
