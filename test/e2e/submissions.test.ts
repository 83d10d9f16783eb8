import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { type DemoServer, type ReceivedLead, startServer } from '../../scripts/serve.mjs';
import { defaultMessages } from '../../src/validate/messages';
import { expectClean, setupChromium } from './harness';
import { poll } from './poll';

// Submissions that arrive, in real Chromium against the demo server: the outbox survives a dead
// server and a reload, comes back `online`, a lead goes by beacon as the page closes, and no
// `unload` listener is ever added.

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const MISSING_BUILD = 'dist/ is missing: run `npm run build` before the browser tests.';

const funnel = (submit: Record<string, unknown>) => ({
  id: 'arrive',
  steps: [
    { id: 'start', type: 'cta', title: 'Get your free guide', button: 'Get the guide' },
    {
      id: 'email',
      lead: true,
      button: 'Send it to me',
      fields: [{ name: 'email', type: 'email', label: 'Where should we send it?', required: true }],
    },
    {
      id: 'about',
      title: 'Help us tailor it',
      button: 'Finish',
      fields: [
        { name: 'name', type: 'text', label: 'Your name' },
        { name: 'topics', type: 'checkbox', label: 'Topics', options: ['seo', 'copy'] },
      ],
    },
    { id: 'thanks', type: 'thanks', title: 'Check your inbox!' },
  ],
  submit: { url: '/api/leads', ...submit },
});

/** A page that mounts `config` with the script-tag build, as a marketer would (or only loads it). */
const page = (config?: unknown, build = 'yesladder.global.js') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Submissions</title>
    <link rel="icon" href="data:," />
    ${
      config
        ? `<script type="application/json" id="config">${JSON.stringify(config)}</script>
    <script src="/dist/${build}" defer data-config="#config" data-target="#signup"></script>`
        : `<script src="/dist/${build}" defer></script>`
    }
  </head>
  <body>
    <main><h1>A landing page</h1><button id="anchor" type="button">Open</button><div id="signup"></div></main>
  </body>
</html>`;

const pages = mkdtempSync(join(tmpdir(), 'yesladder-submissions-'));
writeFileSync(join(pages, 'funnel.html'), page(funnel({ retries: 1 })));
writeFileSync(join(pages, 'form.html'), page(funnel({ format: 'form' })));
// No form on it: the display modes are mounted by the test through the global API.
writeFileSync(join(pages, 'modes.html'), page(undefined, 'yesladder.popover.global.js'));
afterAll(() => rmSync(pages, { recursive: true, force: true }));

const STATIC = [{ prefix: '/t/', dir: pages }];
const chromium = setupChromium({ static: STATIC });

const PERSON = { email: 'ada.lovelace@example.com', name: 'Ada Lovelace' };

/** The idempotency key of a request to /api/leads: its header, else its body (a beacon has no headers). */
const keyOf = (request: Request): string => {
  const header = request.headers()['idempotency-key'];
  if (header) return header;
  try {
    return JSON.parse(request.postData() ?? '').idempotency_key ?? '';
  } catch {
    return '';
  }
};

/** Every request the page makes to /api/leads, with its key, kind and content type. */
const watchLeads = (target: Page | BrowserContext) => {
  const requests: { key: string; submission: string; type: string; resource: string }[] = [];
  target.on('request', (request) => {
    if (!request.url().endsWith('/api/leads')) return;
    let submission = '';
    try {
      submission = JSON.parse(request.postData() ?? '').submission;
    } catch {}
    requests.push({
      key: keyOf(request),
      submission,
      type: request.headers()['content-type'] ?? '',
      resource: request.resourceType(),
    });
  });
  return requests;
};

const completeLead = async (target: Page) => {
  await target.getByRole('button', { name: 'Get the guide' }).click();
  await target.getByRole('textbox', { name: 'Where should we send it?' }).fill(PERSON.email);
  await target.getByRole('button', { name: 'Send it to me' }).click();
};

const completeFunnel = async (target: Page) => {
  await completeLead(target);
  await target.getByLabel('Your name').fill(PERSON.name);
  await target.getByRole('button', { name: 'Finish' }).click();
};

const leadsOf = (server: DemoServer, email = PERSON.email): ReceivedLead[] =>
  server.received.leads.filter((lead) => lead.answers?.email === email);

const outboxOf = (target: Page): Promise<{ key: string; body: { submission: string } }[]> =>
  target.evaluate(() => JSON.parse(localStorage.getItem('yesladder:outbox') ?? '[]'));

const SAVED = `${defaultMessages.submit_failed} ${defaultMessages.submit_saved}`;

test('has the script-tag builds to test (run `npm run build` first)', () => {
  expect(existsSync(join(DIST, 'yesladder.global.js')), MISSING_BUILD).toBe(true);
});

test('server down: the answers wait in the outbox; on the next load they arrive once, with the same keys', async () => {
  // A server of its own, to kill and start again on the same port.
  let server = await startServer({ static: STATIC });
  const port = new URL(server.url).port;
  try {
    const context = await chromium.browser.newContext();
    const tab = await context.newPage();
    const requests = watchLeads(tab);
    await tab.goto(`${server.url}t/funnel.html`);
    await tab.getByRole('button', { name: 'Get the guide' }).waitFor();
    await server.close();

    await completeFunnel(tab);
    const alert = tab.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(SAVED);
    expect(await tab.getByRole('button', { name: defaultMessages.retry }).isVisible()).toBe(true);
    const stored = await outboxOf(tab);
    expect(stored.map((entry) => entry.body.submission)).toEqual(['lead', 'final']);
    // Leave while the server is still down: the closing page's beacons are lost too.
    await tab.goto('about:blank');

    server = await startServer({ port: Number(port), static: STATIC });
    await tab.goto(`${server.url}t/funnel.html`);
    const arrived = await poll(
      () => leadsOf(server),
      (leads) => leads.length >= 2,
    );
    expect(arrived.map((lead) => lead.submission)).toEqual(['lead', 'final']);
    expect(arrived[1]?.answers).toEqual({ email: PERSON.email, name: PERSON.name });
    // The same key on every attempt: the first tries (and their retry) while the server was down, and the resend.
    for (const lead of arrived) {
      const attempts = requests.filter((r) => r.submission === lead.submission);
      // At least one while the server was down (a retry may still have been waiting), then the resend.
      expect(attempts.length, `${lead.submission}: attempts`).toBeGreaterThanOrEqual(2);
      expect(new Set(attempts.map((r) => r.key))).toEqual(new Set([lead.idempotency_key]));
    }
    expect(new Set(stored.map((entry) => entry.key))).toEqual(new Set(arrived.map((l) => l.idempotency_key)));
    await poll(
      () => outboxOf(tab),
      (entries) => entries.length === 0,
    );
    // Nothing arrived twice: the outbox sent each exactly once.
    expect(server.received.duplicates).toEqual({});
    await context.close();
  } finally {
    await server.close();
  }
});

test('offline: the failure says the answers are saved; back online they go by themselves, once', async () => {
  const { page: tab, watch, context } = await chromium.openPage();
  const requests = watchLeads(tab);
  await tab.goto(`${chromium.server.url}t/funnel.html`);
  await tab.getByRole('button', { name: 'Get the guide' }).waitFor();
  const email = 'offline@example.com';
  await context.setOffline(true);
  await tab.getByRole('button', { name: 'Get the guide' }).click();
  await tab.getByLabel('Where should we send it?').fill(email);
  await tab.getByRole('button', { name: 'Send it to me' }).click();
  await tab.getByLabel('Your name').fill(PERSON.name);
  await tab.getByRole('button', { name: 'Finish' }).click();
  const alert = tab.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toBe(SAVED);

  await context.setOffline(false);
  await tab.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  const arrived = await poll(
    () => leadsOf(chromium.server, email),
    (leads) => leads.length >= 2,
  );
  expect(arrived.map((lead) => lead.submission).sort()).toEqual(['final', 'lead']);
  for (const lead of arrived) {
    const keys = new Set(requests.filter((r) => r.submission === lead.submission).map((r) => r.key));
    expect(keys).toEqual(new Set([lead.idempotency_key]));
    expect(chromium.server.received.duplicates[lead.idempotency_key as string]).toBeUndefined();
  }
  expect(await outboxOf(tab)).toEqual([]);
  // The failed fetches are the browser's own console errors; nothing of ours threw.
  expect(watch.pageErrors).toEqual([]);
});

test('lead first: a lead completed as the page navigates away in the same task still arrives', async () => {
  const { page: tab } = await chromium.openPage();
  await tab.goto(`${chromium.server.url}t/funnel.html`);
  await tab.getByRole('button', { name: 'Get the guide' }).click();
  const email = 'same-task@example.com';
  await tab.getByLabel('Where should we send it?').fill(email);
  // The click and the navigation in one task: the page starts unloading before any response.
  await tab.evaluate(() => {
    const host = document.querySelector('[data-yesladder-host]');
    const button = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Send it to me',
    );
    button?.click();
    location.assign('/video');
  });
  const leads = await poll(
    () => leadsOf(chromium.server, email),
    (found) => found.length > 0,
  );
  expect(leads.map((lead) => lead.submission)).toEqual(['lead']);
});

test('lead first: when the request is lost, the closing page sends the lead by beacon, text/plain', async () => {
  const { page: tab, context } = await chromium.openPage();
  // The page's own fetch never reaches the server; only what goes as the page closes can.
  // (On the context: a closing page's own routes go with it.)
  await context.route('**/api/leads', (route) =>
    route.request().resourceType() === 'fetch' ? route.abort('connectionreset') : route.continue(),
  );
  await tab.goto(`${chromium.server.url}t/funnel.html`);
  const email = 'beacon@example.com';
  await tab.getByRole('button', { name: 'Get the guide' }).click();
  await tab.getByLabel('Where should we send it?').fill(email);
  await tab.getByRole('button', { name: 'Send it to me' }).click();
  await tab.getByLabel('Your name').waitFor();
  expect(leadsOf(chromium.server, email)).toEqual([]);
  // Routing a closing page's requests is racy: the server's own log below tells the beacon apart.
  await context.unrouteAll();
  await tab.close({ runBeforeUnload: true });
  const leads = await poll(
    () => leadsOf(chromium.server, email),
    (found) => found.length > 0,
  );
  expect(leads.map((lead) => lead.submission)).toEqual(['lead']);
  // The beacon's own request, seen by the server (a closing page's requests escape the test's eyes).
  const key = leads[0]?.idempotency_key;
  const sent = chromium.server.received.leadRequests.filter((request) => request.key === key);
  expect(sent.map((request) => request.type)).toContain('text/plain;charset=UTF-8');
});

test('format "form" posts a urlencoded form the server reads back, key and answers included', async () => {
  const { page: tab, watch } = await chromium.openPage();
  const requests = watchLeads(tab);
  await tab.goto(`${chromium.server.url}t/form.html`);
  const email = 'form@example.com';
  await tab.getByRole('button', { name: 'Get the guide' }).click();
  await tab.getByLabel('Where should we send it?').fill(email);
  await tab.getByRole('button', { name: 'Send it to me' }).click();
  await tab.getByLabel('Your name').fill(PERSON.name);
  await tab.getByRole('checkbox', { name: 'seo' }).check();
  await tab.getByRole('checkbox', { name: 'copy' }).check();
  await tab.getByRole('button', { name: 'Finish' }).click();
  await tab.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  const leads = await poll(
    () => leadsOf(chromium.server, email),
    (found) => found.length >= 2,
  );
  expect(leads.map((l) => l.submission)).toEqual(['lead', 'final']);
  expect(leads[1]?.answers).toEqual({ email, name: PERSON.name, topics: ['seo', 'copy'] });
  expect(leads[1]?.idempotency_key).toMatch(/^[0-9a-f-]{36}$/);
  expect(requests.every((r) => r.type === 'application/x-www-form-urlencoded')).toBe(true);
  expectClean(watch);
});

test('no unload or beforeunload listener, ever: mount, submit and destroy in every display mode', async () => {
  const { page: tab, watch } = await chromium.openPage();
  await tab.addInitScript(() => {
    const added: string[] = [];
    (window as unknown as { __unloadListeners: string[] }).__unloadListeners = added;
    const original = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (
      this: EventTarget,
      ...args: Parameters<typeof original>
    ) {
      if (/unload/i.test(args[0])) added.push(args[0]);
      return original.apply(this, args);
    };
    for (const name of ['onunload', 'onbeforeunload'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        set: () => added.push(name),
        get: () => null,
      });
    }
  });
  await tab.goto(`${chromium.server.url}t/modes.html`);
  await tab.waitForFunction(() => 'yesladder' in window);
  for (const mode of ['inline', 'popover', 'modal'] as const) {
    await tab.evaluate(
      ([mode, config]) => {
        const display = {
          inline: {},
          popover: { display: { mode, anchor: '#anchor' } },
          modal: { display: { mode } },
        }[mode];
        const api = (
          window as unknown as { yesladder: { mount: (t: string, c: unknown) => { open(): void } } }
        ).yesladder;
        const form = api.mount('#signup', { ...(config as object), id: `modes-${mode}`, ...display });
        (window as unknown as { __form: unknown }).__form = form;
        form.open();
      },
      [mode, funnel({})] as const,
    );
    await completeLead(tab);
    await tab.getByLabel('Your name').fill(PERSON.name);
    await tab.getByRole('button', { name: 'Finish' }).click();
    await tab.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
    const arrived = await poll(
      () => chromium.server.received.leads.filter((lead) => lead.form_id === `modes-${mode}`),
      (leads) => leads.length >= 2,
    );
    expect(arrived.map((lead) => lead.submission)).toEqual(['lead', 'final']);
    await tab.evaluate(() => (window as unknown as { __form: { destroy(): void } }).__form.destroy());
  }
  // Leaving the page runs every pagehide path too.
  await tab.goto(`${chromium.server.url}video`);
  await tab.goBack();
  expect(
    await tab.evaluate(() => (window as unknown as { __unloadListeners: string[] }).__unloadListeners),
  ).toEqual([]);
  expectClean(watch);
});

test('no built file registers an unload listener', () => {
  const offenders = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(c|m)?js$/.test(name))
    .filter((name) => /['"`](before)?unload['"`]/.test(readFileSync(join(DIST, name), 'utf8')));
  expect(
    offenders,
    'these built files name the unload event: it breaks the back/forward cache, use pagehide',
  ).toEqual([]);
});
