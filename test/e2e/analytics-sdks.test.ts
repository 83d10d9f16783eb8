import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ReceivedCapture } from '../../scripts/serve.mjs';
import { titleOf } from '../../src/sinks/tool-names';
import { beaconEventsOf, dataLayerOf, sessionOf, setupChromium } from './harness';
import type { PageWatch } from './page-watch';
import { poll } from './poll';

// Our sinks against the real SDKs: posthog-js and Segment's analytics-next, bundled here with
// esbuild and pointed at the demo server's /capture/ routes (PostHog's API host, Segment's CDN
// settings and tracking API), on a page that also has the dataLayer and beacon sinks. What is
// asserted is what arrived over HTTP, as PostHog's and Segment's servers would receive it.

const FIXTURES = fileURLToPath(new URL('./analytics/', import.meta.url));
const PAGE = 'analytics/sdks.html';

/** What a person types: none of it may reach an analytics payload. */
const PERSON = { email: 'ada.sdk-test@example.org', name: 'Ada Lovelace-Zed', phone: '+44 20 7946 0991' };
/** The one answer with `track: true`: it must reach every sink. */
const ROLE = 'Business owner';

type Properties = Record<string, unknown>;
type Tracked = { name: string; properties: Properties };
type BeaconEvent = { name: string; session_id: string; step_id: string } & Properties;

let bundleDir: string;

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'yesladder-sdks-'));
  await build({
    entryPoints: [join(FIXTURES, 'sdks.entry.js')],
    outfile: join(bundleDir, 'sdks.js'),
    bundle: true,
    // One file: Segment's dynamic imports are inlined, so nothing is fetched from its CDN.
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
});

afterAll(async () => {
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

// Registered after the bundle's hooks: the server starts once it is built, closes before it goes.
const chromium = setupChromium(() => ({
  static: [
    { prefix: '/sdk/', dir: bundleDir },
    { prefix: '/analytics/', dir: FIXTURES },
  ],
}));

interface Opened {
  page: Page;
  watch: PageWatch;
  /** How much the server had kept before this page opened: its payloads come after. */
  before: { captures: number; events: number };
  /** Every URL the page requested, and the bodies it posted (but the lead's own). */
  requests: string[];
  postBodies: string[];
}

async function openPage(): Promise<Opened> {
  const { page, watch, context } = await chromium.openPage();
  const requests: string[] = [];
  const postBodies: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
    const body = request.postData();
    if (body && !request.url().endsWith('/api/leads')) postBodies.push(body);
  });
  const { received } = chromium.server;
  return {
    page,
    watch,
    before: { captures: received.captures.length, events: received.events.length },
    requests,
    postBodies,
  };
}

/** A capture's payload as text: PostHog's `data=` form bodies (base64 or not) decoded. */
function payloadOf(capture: ReceivedCapture): string {
  if (!capture.headers['content-type'].includes('x-www-form-urlencoded')) return capture.body;
  const data = new URLSearchParams(capture.body).get('data') ?? '';
  return data.trimStart().startsWith('{') || data.trimStart().startsWith('[')
    ? data
    : Buffer.from(data, 'base64').toString('utf8');
}

const capturesTo = (prefix: string) =>
  chromium.server.received.captures.filter(
    (capture) => capture.method === 'POST' && capture.path.startsWith(prefix),
  );

/**
 * PostHog's captured events of one session, in the order capture() was called: each request
 * runs on its own, so arrival order is a race, but PostHog's event uuids are UUIDv7
 * (time-ordered, with a counter within a millisecond), the order PostHog itself keeps.
 */
function posthogEvents(session: string): Tracked[] {
  const events = capturesTo('/capture/posthog/').flatMap((capture) => {
    const body = JSON.parse(payloadOf(capture));
    const list: { event: string; uuid: string; properties: Properties }[] = Array.isArray(body)
      ? body
      : (body.batch ?? [body]);
    return list;
  });
  return events
    .filter((event) => event.properties.session_id === session)
    .sort((a, b) => (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0))
    .map((event) => ({ name: event.event, properties: event.properties }));
}

/** Segment's tracked events of one session, in arrival order: it sends one at a time. */
function segmentEvents(session: string): Tracked[] {
  return capturesTo('/capture/segment/')
    .flatMap((capture) => {
      const body = JSON.parse(capture.body);
      return (body.batch ?? [body]) as { type: string; event: string; properties: Properties }[];
    })
    .filter((message) => message.type === 'track' && message.properties.session_id === session)
    .map((message) => ({ name: message.event, properties: message.properties }));
}

const beaconEvents = (session: string) => beaconEventsOf<BeaconEvent>(chromium.server, session);

const withoutName = ({ name: _, ...properties }: BeaconEvent): Properties => properties;
const steps = (events: { name: string; step_id: string }[]) =>
  events.map((event) => `${event.name}:${event.step_id}`);

/** The typed values, as they would look raw, URL-encoded, form-encoded or inside a JSON string. */
const typedForms = Object.values(PERSON).flatMap((value) => [
  value,
  encodeURIComponent(value),
  new URLSearchParams({ v: value }).toString().slice(2),
  JSON.stringify(value).slice(1, -1),
]);
// Parts, so a value cut up or reformatted is caught too.
const typedParts = ['ada.sdk-test', 'Lovelace-Zed', '7946 0991', '79460991', '7946%200991'];

/** Fails naming each typed value found in any payload. */
function expectNoneTyped(payloads: readonly string[]): void {
  const leaks = payloads.flatMap((payload) =>
    [...typedForms, ...typedParts]
      .filter((form) => payload.includes(form))
      .map((form) => `${form} in ${payload.slice(0, 120)}`),
  );
  expect(leaks).toEqual([]);
}

/** Every analytics payload the page caused: the SDKs' requests, the beacon's events, the data layer. */
function allPayloads(opened: Opened, dataLayer: Properties[]): string[] {
  const captures = chromium.server.received.captures.slice(opened.before.captures);
  return [
    ...captures.map((capture) => `${capture.path} ${JSON.stringify(capture.query)}`),
    ...captures.map(payloadOf),
    ...chromium.server.received.events.slice(opened.before.events).map((event) => JSON.stringify(event)),
    JSON.stringify(dataLayer),
    ...opened.postBodies,
  ];
}

function expectOnlyLocalRequests(requests: readonly string[]): void {
  const origin = new URL(chromium.server.url).origin;
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
}

const FUNNEL = [
  'form_view:start',
  'step_view:start',
  'step_complete:start',
  'step_view:email',
  'step_complete:email',
  'lead_capture:email',
  'step_view:about',
  'step_complete:about',
  'form_submit:about',
  'step_view:thanks',
];

async function fillTheFunnel(page: Page): Promise<void> {
  await page.goto(`${chromium.server.url}${PAGE}`);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill(PERSON.email);
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByLabel('Your name').fill(PERSON.name);
  await page.getByRole('radio', { name: ROLE }).check();
  await page.getByLabel('Phone (optional)').fill(PERSON.phone);
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
}

test('a funnel run reaches PostHog, Segment and the beacon endpoint over HTTP, in order, with one session and no typed values', async () => {
  const opened = await openPage();
  const { page, watch } = opened;
  await fillTheFunnel(page);
  const session = await sessionOf(page);

  // The beacon's batch goes out 5 s after its first event; the SDKs send as they are called.
  const beacon = await poll(
    () => beaconEvents(session),
    (events) => events.length >= FUNNEL.length,
    10_000,
  );
  expect(steps(beacon)).toEqual(FUNNEL);
  expect(beacon.every((event) => event.event_version === 1 && event.variant === 'b')).toBe(true);
  expect(beacon.every((event) => event.form_id === 'sdk-guide')).toBe(true);

  const posthog = await poll(
    () => posthogEvents(session),
    (events) => events.length >= FUNNEL.length,
    10_000,
  );
  expect(posthog.map((event) => `${event.name}:${event.properties.step_id}`)).toEqual(
    FUNNEL.map((step) => `yesladder:${step}`),
  );
  // Our fields as they are, beside PostHog's own `$…` properties.
  posthog.forEach((event, i) => {
    expect(event.properties).toMatchObject(withoutName(beacon[i] as BeaconEvent));
  });

  const segment = await poll(
    () => segmentEvents(session),
    (events) => events.length >= FUNNEL.length,
    10_000,
  );
  // Every title once, for the right step.
  expect(segment.map((event) => `${event.name}:${event.properties.step_id}`).sort()).toEqual(
    [
      'Form Viewed:start',
      'Form Step Viewed:start',
      'Form Step Completed:start',
      'Form Step Viewed:email',
      'Form Step Completed:email',
      'Lead Captured:email',
      'Form Step Viewed:about',
      'Form Step Completed:about',
      'Form Submitted:about',
      'Form Step Viewed:thanks',
    ].sort(),
  );
  // Segment's pipeline is async per call, so two calls made by one click (one timestamp) may
  // overtake each other on the wire; compare in (timestamp, title) order. Its properties are
  // exactly ours: same session, variant, version, timestamps, durations.
  type Stamped = Properties & { title: string };
  const inTimeOrder = (list: Stamped[]) =>
    [...list].sort((a, b) => Number(a.timestamp) - Number(b.timestamp) || a.title.localeCompare(b.title));
  expect(inTimeOrder(segment.map((event) => ({ ...event.properties, title: event.name })))).toEqual(
    inTimeOrder(beacon.map((event) => ({ ...withoutName(event), title: titleOf(event.name) }))),
  );

  // The tracked answer reaches every sink, as `values.role`.
  for (const events of [beacon, posthog.map((e) => e.properties), segment.map((e) => e.properties)]) {
    const submit = events.find((event) => event.step_id === 'about' && event.values);
    expect(submit?.values).toEqual({ role: ROLE });
  }
  expectNoneTyped(allPayloads(opened, await dataLayerOf(page)));
  expectOnlyLocalRequests(opened.requests);
  // The settings Segment loads at boot came from here too.
  expect(chromium.server.received.captures.map((capture) => capture.path)).toContain(
    '/capture/segment-cdn/v1/projects/test-key/settings',
  );
  expect(watch.pageErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

test('leaving mid-funnel, the beacon and PostHog deliver every event the data layer saw, then form_abandon, and nothing typed', async () => {
  const opened = await openPage();
  const { page, watch } = opened;
  await page.goto(`${chromium.server.url}${PAGE}`);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill(PERSON.email);
  await page.getByRole('button', { name: 'Send it to me' }).click();
  // Typed but never sent: form_abandon must not carry it either.
  await page.getByLabel('Your name').fill(PERSON.name);
  await page.getByRole('radio', { name: ROLE }).check();
  await page.getByLabel('Phone (optional)').fill(PERSON.phone);
  const session = await sessionOf(page);
  const seen = await poll(
    () => dataLayerOf(page),
    (layer) => layer.some((entry) => entry.event === 'yesladder_step_view' && entry.step_id === 'about'),
  );

  // Before the beacon's 5 s batch is due: pagehide must flush it all.
  await page.goto(`${chromium.server.url}video`);
  const arrived = await poll(
    () => beaconEvents(session),
    (events) => events.some((event) => event.name === 'form_abandon'),
    10_000,
  );

  const fromDataLayer = seen.map(({ event, ...properties }) => ({
    name: event === 'generate_lead' ? 'lead_capture' : String(event).replace(/^yesladder_/, ''),
    ...properties,
  }));
  expect(arrived.slice(0, -1)).toEqual(fromDataLayer);
  expect(steps(arrived)).toEqual([
    'form_view:start',
    'step_view:start',
    'step_complete:start',
    'step_view:email',
    'step_complete:email',
    'lead_capture:email',
    'step_view:about',
    'form_abandon:about',
  ]);
  expect(arrived.at(-1)).toMatchObject({
    session_id: session,
    variant: 'b',
    event_version: 1,
    duration_ms: expect.any(Number),
  });

  // PostHog sends what is captured while the page unloads by sendBeacon: it gets it all too.
  // (Segment's analytics-next queues each track() on a timer, so a call made in pagehide leaves
  // with the page, or waits in its storage for the next page that loads Segment.)
  const posthog = await poll(
    () => posthogEvents(session),
    (events) => events.some((event) => event.name === 'yesladder:form_abandon'),
    10_000,
  );
  expect(posthog.map((event) => event.name)).toEqual(arrived.map((event) => `yesladder:${event.name}`));
  posthog.forEach((event, i) => {
    expect(event.properties).toMatchObject(withoutName(arrived[i] as BeaconEvent));
  });
  expectNoneTyped(allPayloads(opened, seen));
  expectOnlyLocalRequests(opened.requests);
  expect(watch.pageErrors).toEqual([]);
});
