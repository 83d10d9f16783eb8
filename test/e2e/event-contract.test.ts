import { expect, test } from 'vitest';
import { beaconEventsOf, sessionOf, setupChromium } from './harness';
import { poll } from './poll';

// The event contract as a dashboard receives it: the demo page (script-tag build, beacon
// sink to /api/events) in Chromium, read back from what the server got over HTTP.

type Received = { name: string; session_id: string; step_id: string } & Record<string, unknown>;

const chromium = setupChromium();

/** Events the beacon endpoint received for one session, once `done` holds. */
const eventsOf = (session: string, done: (events: Received[]) => boolean) =>
  poll(() => beaconEventsOf<Received>(chromium.server, session), done, 10_000);

const names = (events: Received[]) => events.map((event) => `${event.name}:${event.step_id}`);

test('step_complete.duration_ms is the time spent on the step, to the millisecond', async () => {
  const { page, watch } = await chromium.openPage();
  const start = new Date('2026-11-22T09:00:00Z');
  await page.clock.install({ time: start });
  // From here the page's time moves only when the test says so.
  await page.clock.pauseAt(start.getTime() + 1_000);
  await page.goto(chromium.server.url);
  await page.getByRole('button', { name: 'Get the guide' }).waitFor();

  await page.clock.runFor(3_000);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  const email = page.getByLabel('Where should we send it?');
  await email.waitFor();
  await page.clock.runFor(12_500);
  await email.fill('ada.lovelace@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  await page.clock.runFor(1_000);
  await page.getByRole('button', { name: 'Back' }).click();
  await email.waitFor();
  await page.clock.runFor(4_000);
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  // The beacon's batch goes out after its 5 s interval, on the page's (fake) clock.
  await page.clock.runFor(6_000);

  const session = await sessionOf(page);
  const events = await eventsOf(session, (e) => e.filter((x) => x.name === 'step_complete').length >= 3);
  const completes = events.filter((event) => event.name === 'step_complete');
  expect(completes.map((event) => [event.step_id, event.duration_ms])).toEqual([
    ['start', 3_000],
    ['email', 12_500],
    // Back on the email step: the clock restarts when the step is shown again.
    ['email', 4_000],
  ]);
  expect(events.every((event) => event.event_version === 1)).toBe(true);
  expect(watch.pageErrors).toEqual([]);
});

test('form_abandon is sent once, on leaving, with the last step seen', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(chromium.server.url);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').waitFor();
  const session = await sessionOf(page);

  // Leave before the beacon's batch is due: pagehide must flush everything, abandon included.
  await page.goto(`${chromium.server.url}video`);
  const events = await eventsOf(session, (e) => e.some((event) => event.name === 'form_abandon'));
  expect(names(events)).toEqual([
    'form_view:start',
    'step_view:start',
    'step_complete:start',
    'step_view:email',
    'form_abandon:email',
  ]);
  const [abandon] = events.filter((event) => event.name === 'form_abandon');
  expect(abandon?.duration_ms).toEqual(expect.any(Number));

  // Back (from the back/forward cache, or a fresh load) and away again: still one abandon.
  await page.goBack();
  await page.getByRole('button', { name: /Get the guide|Send it to me/ }).waitFor();
  await page.goto(`${chromium.server.url}video`);
  await page.waitForURL(`${chromium.server.url}video`);
  // Let a second pagehide's beacon, if one were sent, arrive before counting.
  await poll(
    () => chromium.server.received.events.length,
    () => false,
    500,
  );
  const again = beaconEventsOf<Received>(chromium.server, session);
  expect(again.filter((event) => event.name === 'form_abandon')).toHaveLength(1);
  expect(watch.pageErrors).toEqual([]);
});

test('a finished form sends next_step_click for the offer and no form_abandon when left', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(chromium.server.url);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill('grace.hopper@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('radio', { name: 'Business owner' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  const video = page.getByRole('link', { name: 'Watch the video' });
  await video.waitFor();
  const session = await sessionOf(page);

  await video.click();
  await page.waitForURL(`${chromium.server.url}video`);
  const events = await eventsOf(session, (e) => e.some((event) => event.name === 'next_step_click'));
  expect(names(events).slice(-3)).toEqual([
    'form_submit:about',
    'step_view:thanks',
    'next_step_click:thanks',
  ]);
  const [click] = events.filter((event) => event.name === 'next_step_click');
  expect(click).toMatchObject({ href: '/video', form_id: 'free-guide', event_version: 1 });
  expect(events.some((event) => event.name === 'form_abandon')).toBe(false);
  expect(watch.pageErrors).toEqual([]);
});
