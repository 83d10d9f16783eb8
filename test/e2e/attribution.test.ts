import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { beaconEventsOf, expectClean, setupChromium } from './harness';
import { poll } from './poll';

// Attribution in real Chromium, through the split script build: a visit lands from an ad
// (UTM parameters, a gclid, a referrer) on page 1, moves on to page 2 and signs up there. The
// lead and the final submission carry page 1's values; the analytics events carry none of them
// but the one field marked `track: true`.

const config = {
  id: 'attributed',
  steps: [
    { id: 'start', type: 'cta', title: 'Get your free guide', button: 'Get the guide' },
    {
      id: 'email',
      lead: true,
      button: 'Send it to me',
      fields: [
        { name: 'email', type: 'email', label: 'Where should we send it?', required: true },
        { name: 'utm_source', type: 'hidden', from: 'query', value: 'direct', track: true },
        { name: 'utm_medium', type: 'hidden', from: 'query' },
        { name: 'utm_campaign', type: 'hidden', from: 'query' },
        { name: 'click_id', type: 'hidden', from: 'query:gclid' },
        { name: 'came_from', type: 'hidden', from: 'referrer' },
        { name: 'first_page', type: 'hidden', from: 'landing' },
      ],
    },
    { id: 'thanks', type: 'thanks', title: 'Check your inbox!' },
  ],
  submit: { url: '/api/leads' },
  analytics: [{ type: 'beacon', url: '/api/events', batchSize: 1 }],
};

const html = (title: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script type="application/json" id="config">${JSON.stringify(config)}</script>
    <script src="/dist/yesladder.js" defer data-config="#config" data-target="#signup"></script>
  </head>
  <body><main><h1>${title}</h1><a href="/t/pricing.html">Pricing</a><div id="signup"></div></main></body>
</html>`;

const pages = mkdtempSync(join(tmpdir(), 'yesladder-attribution-'));
writeFileSync(join(pages, 'landing.html'), html('Landing'));
writeFileSync(join(pages, 'pricing.html'), html('Pricing'));
afterAll(() => rmSync(pages, { recursive: true, force: true }));

const chromium = setupChromium({ static: [{ prefix: '/t/', dir: pages }] });

test('UTM values from the landing URL arrive in the submissions from a later page, and never in analytics', async () => {
  const { page, watch } = await chromium.openPage();
  const landing = `${chromium.server.url}t/landing.html?utm_source=news&utm_medium=email&utm_campaign=spring&gclid=Cj0K123`;
  await page.goto(`${landing}#top`, { referer: 'https://news.example/issue-42' });
  await page.getByRole('button', { name: 'Get the guide' }).waitFor();
  // Page 2 of the visit, by a link: no parameters in its URL.
  await page.getByRole('link', { name: 'Pricing' }).click();
  await page.getByRole('heading', { name: 'Pricing' }).waitFor();
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill('ada@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();

  const leads = await poll(
    () => chromium.server.received.leads.filter((lead) => lead.form_id === 'attributed'),
    (list) => list.length >= 1,
  );
  const attribution = {
    email: 'ada@example.com',
    utm_source: 'news',
    utm_medium: 'email',
    utm_campaign: 'spring',
    click_id: 'Cj0K123',
    came_from: 'https://news.example/issue-42',
    first_page: landing,
  };
  // The lead step is the last ask here: its submission is the final one.
  expect(leads.map((lead) => lead.submission)).toEqual(['final']);
  for (const lead of leads) expect(lead.answers).toEqual(attribution);

  // Page 2's form: the session both its submissions and its events name.
  const session = String(leads[0]?.session_id);
  const events = await poll(
    () => beaconEventsOf(chromium.server, session),
    (list) => list.some((event) => event.name === 'form_submit'),
  );
  const sent = JSON.stringify(events);
  for (const secret of [
    'spring',
    'Cj0K123',
    'news.example',
    'landing.html',
    'ada@example.com',
    'utm_medium',
    'click_id',
    'came_from',
    'first_page',
  ])
    expect(sent, secret).not.toContain(secret);
  // The one tracked field, and only it.
  const completed = events.find((event) => event.name === 'step_complete' && event.step_id === 'email');
  expect(completed?.values).toEqual({ utm_source: 'news' });
  expectClean(watch);
});

test('without parameters or a referrer, a direct visit sends the fallback value', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}t/pricing.html`);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill('grace@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  const lead = await poll(
    () =>
      chromium.server.received.leads.find(
        (l) => l.form_id === 'attributed' && (l.answers as { email?: string })?.email === 'grace@example.com',
      ),
    (found) => found !== undefined,
  );
  expect(lead?.answers).toMatchObject({ utm_source: 'direct', click_id: '', came_from: '' });
  expectClean(watch);
});
