import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { beaconEventsOf, dataLayerOf, setupChromium } from './harness';
import { poll } from './poll';

// Consent as a person meets it: the demo's own banner (examples/consent.html) and a browser
// sending Global Privacy Control. With consent withheld no sink gets anything; the form works.

type Received = { name: string; session_id: string; step_id: string };

const chromium = setupChromium();

/** The data layer's events as `name:step_id`. */
const dataLayer = async (page: Page) =>
  (await dataLayerOf(page))
    .filter((entry) => typeof entry.event === 'string')
    .map((entry) => `${entry.event}:${entry.step_id}`);

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

const beaconed = (session: string) => beaconEventsOf<Received>(chromium.server, session);

test('pending consent holds every event until the person allows, then sends them in order', async () => {
  const { page, watch } = await chromium.openPage();
  const session = await listenForSession(page);
  await page.goto(`${chromium.server.url}consent.html`);
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
  // One beacon per event here (batchSize 1): parallel requests may arrive in any order, so
  // what arrived is compared as a set; the order they were sent in is the data layer's above.
  expect(arrived.map((event) => `${event.name}:${event.step_id}`).sort()).toEqual(
    ['form_view:start', 'step_view:start', 'step_complete:start', 'step_view:email'].sort(),
  );
  await page.getByRole('listitem').filter({ hasText: 'yesladder_step_view · email' }).waitFor();
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

test('declined consent sends nothing to analytics, and the form still keeps the lead', async () => {
  const { page, watch } = await chromium.openPage();
  const session = await listenForSession(page);
  await page.goto(`${chromium.server.url}consent.html`);
  await page.getByRole('button', { name: 'No, thanks' }).click();
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill('declined@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();

  const id = await session();
  const leads = await poll(
    () => chromium.server.received.leads.filter((lead) => lead.session_id === id),
    (mine) => mine.length > 0,
  );
  expect(leads[0]?.answers).toEqual({ email: 'declined@example.com' });
  // Leaving would flush anything buffered: still nothing may arrive.
  await page.goto(`${chromium.server.url}video`);
  await poll(
    () => beaconed(id).length,
    () => false,
    500,
  );
  expect(beaconed(id)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a browser sending Global Privacy Control gets a working form and sends no analytics', async () => {
  const { page, watch } = await chromium.openPage();
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  );
  const session = await listenForSession(page);
  // The main demo: consent granted by its config, dataLayer and beacon sinks.
  await page.goto(chromium.server.url);
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
  await page.goto(`${chromium.server.url}video`);
  await poll(
    () => beaconed(id).length,
    () => false,
    500,
  );
  expect(beaconed(id)).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});
