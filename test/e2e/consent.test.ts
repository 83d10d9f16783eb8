import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DemoServer, startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './chromium';
import { type PageWatch, watchPage } from './page-watch';
import { poll } from './poll';

// Consent as a person meets it: the demo's own banner (examples/consent.html) and a browser
// sending Global Privacy Control. With consent withheld no sink gets anything; the form works.

type Received = { name: string; session_id: string; step_id: string };

let server: DemoServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  return { page, watch: await watchPage(page) };
}

const dataLayer = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer?: { event?: string; step_id?: string }[] }).dataLayer ?? [])
      .filter((entry) => typeof entry.event === 'string')
      .map((entry) => `${entry.event}:${entry.step_id}`),
  );

/** The session of the form on the page, from the DOM events it dispatches (in-page, never gated). */
async function listenForSession(page: Page): Promise<() => Promise<string>> {
  await page.addInitScript(() => {
    document.addEventListener('yesladder:event', (event) => {
      (window as unknown as { ylSession?: string }).ylSession ??= (event as CustomEvent).detail.session_id;
    });
  });
  return () =>
    poll(() => page.evaluate(() => (window as unknown as { ylSession?: string }).ylSession ?? ''), Boolean);
}

const beaconed = (session: string) =>
  (server.received.events as Received[]).filter((event) => event.session_id === session);

test('pending consent holds every event until the person allows, then sends them in order', async () => {
  const { page, watch } = await openPage();
  const session = await listenForSession(page);
  await page.goto(`${server.url}consent.html`);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').waitFor();

  expect(await dataLayer(page), 'nothing sent while the banner is unanswered').toEqual([]);
  expect(beaconed(await session())).toEqual([]);

  await page.getByRole('button', { name: 'Allow' }).click();
  const sent = await poll(
    () => dataLayer(page),
    (names) => names.length >= 4,
  );
  expect(sent).toEqual([
    'yesladder_form_view:start',
    'yesladder_step_view:start',
    'yesladder_step_complete:start',
    'yesladder_step_view:email',
  ]);
  const arrived = await poll(
    async () => beaconed(await session()),
    (events) => events.length >= 4,
  );
  expect(arrived.map((event) => event.name)).toEqual([
    'form_view',
    'step_view',
    'step_complete',
    'step_view',
  ]);
  await page.getByRole('listitem').filter({ hasText: 'yesladder_step_view · email' }).waitFor();
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

test('declined consent sends nothing to analytics, and the form still keeps the lead', async () => {
  const { page, watch } = await openPage();
  const session = await listenForSession(page);
  await page.goto(`${server.url}consent.html`);
  await page.getByRole('button', { name: 'No, thanks' }).click();
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill('declined@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();

  const id = await session();
  const leads = await poll(
    () => server.received.leads.filter((lead) => lead.session_id === id),
    (mine) => mine.length > 0,
  );
  expect(leads[0]?.answers).toEqual({ email: 'declined@example.com' });
  // Leaving would flush anything buffered: still nothing may arrive.
  await page.goto(`${server.url}video`);
  await poll(
    () => beaconed(id).length,
    () => false,
    500,
  );
  expect(beaconed(id)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a browser sending Global Privacy Control gets a working form and sends no analytics', async () => {
  const { page, watch } = await openPage();
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  );
  const session = await listenForSession(page);
  // The main demo: consent granted by its config, dataLayer and beacon sinks.
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill('gpc@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  const id = await session();

  // The page's own listeners still hear everything (the demo's live panel)...
  await poll(
    () => page.locator('#live-events .event-name').allTextContents(),
    (names) => names.includes('lead_capture'),
  );
  // ...while no analytics sink was given anything, even after leaving.
  expect(await dataLayer(page)).toEqual([]);
  await page.goto(`${server.url}video`);
  await poll(
    () => beaconed(id).length,
    () => false,
    500,
  );
  expect(beaconed(id)).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});
