import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { runCli } from '../../src/cli/run-cli';
import { version } from '../../src/version';
import { freeGuide } from '../fixtures/free-guide';
import { consoleMessages, expectClean, setupChromium } from './harness';
import type { PageWatch } from './page-watch';
import { poll } from './poll';

// The async snippet as `yesladder snippet` prints it, pasted into a page whose CSP allows exactly
// its inline scripts by hash; then two copies of the script on one page; then placeholders.

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const GLOBAL_BUILD = join(DIST, 'yesladder.global.js');
const MISSING_BUILD =
  'dist/yesladder.global.js is missing: build it with `npx tsup` before the browser tests.';

let dir: string;

beforeAll(() => {
  if (!existsSync(GLOBAL_BUILD)) throw new Error(MISSING_BUILD);
  dir = mkdtempSync(join(tmpdir(), 'yesladder-snippet-'));
});

const chromium = setupChromium();

/**
 * `yesladder snippet <config>`, run against the real dist/, as a developer runs it: for the
 * split build's `yesladder.js` by default, or the one file (`global`), hashing `file` if given.
 */
async function snippetFor(config: object, use: { global?: boolean; file?: string } = {}): Promise<string> {
  const src = `${chromium.server.url}dist/${use.global ? 'yesladder.global.js' : 'yesladder.js'}`;
  const built = use.file ?? (use.global ? GLOBAL_BUILD : undefined);
  const args = built ? ['--file', built] : [];
  const file = join(dir, `${(config as { id: string }).id}.json`);
  writeFileSync(file, JSON.stringify(config));
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    readFile,
    cwd: dir,
    distDir: DIST,
  };
  const code = await runCli(['snippet', file, '--src', src, ...args], io);
  if (code !== 0) throw new Error(err.join(''));
  return out.join('');
}

/** The CSP source of every inline script in `html`, computed here rather than trusted from the CLI. */
const inlineHashes = (html: string): string[] =>
  [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, text]) =>
      `'sha256-${createHash('sha256')
        .update(text ?? '')
        .digest('base64')}'`,
  );

interface Served {
  page: Page;
  watch: PageWatch;
  /** `console.info` texts. */
  infos: string[];
}

/**
 * Opens `body` as a page of the demo server's origin, under the server's strict CSP widened by
 * the hashes of the page's own inline scripts, and nothing else.
 */
async function openHtml(
  body: string,
  setup?: (page: Page) => Promise<void>,
  { allowInline = true } = {},
): Promise<Served> {
  const { page, watch } = await chromium.openPage({ viewport: { width: 900, height: 900 } });
  const infos = consoleMessages(page, 'info');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet test</title><link rel="icon" href="data:,"></head><body><main><h1>A landing page</h1>${body}</main></body></html>`;
  const csp = allowInline
    ? CONTENT_SECURITY_POLICY.replace(
        "script-src 'self'",
        `script-src 'self' ${inlineHashes(html).join(' ')}`,
      )
    : CONTENT_SECURITY_POLICY;
  await page.route(`${chromium.server.url}pasted`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp },
      body: html,
    }),
  );
  await setup?.(page);
  // Not `load`: one test holds the script back, and `load` would wait for it.
  await page.goto(`${chromium.server.url}pasted`, { waitUntil: 'domcontentloaded' });
  return { page, watch, infos };
}

/** The DESIGN.md funnel under its own form id, so this file's submissions can be told apart. */
const guide = (id: string) => ({ ...freeGuide, id, analytics: [] });

/** Walks the guide as a person: the call to action, the email, the details, the thanks. */
async function completeGuide(page: Page, email: string): Promise<void> {
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').fill(email);
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('radio', { name: 'Freelancer' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
}

const leadsOf = (formId: string) => chromium.server.received.leads.filter((lead) => lead.form_id === formId);
const submissionsOf = (formId: string) =>
  poll(
    () => leadsOf(formId).map((lead) => `${lead.submission}:${(lead.answers as { email?: string }).email}`),
    (list) => list.length >= 2,
  );

/** Records every `lead_capture` the page hears through `yesladder('on', …)`, in `window.seen`. */
const ON_LEAD = `<script>
  yesladder('on', 'lead_capture', function (event) { (window.seen = window.seen || []).push(event.form_id + ':' + event.step_id); });
</script>`;
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen?: string[] }).seen ?? []);

test('the printed snippet queues mount and on before the script arrives, then runs them: the funnel completes', async () => {
  const snippet = await snippetFor(guide('snippet-queued'));
  const printedHash = /script-src ('sha256-[^']+')/.exec(snippet)?.[1];
  expect(inlineHashes(snippet), 'the CLI prints the CSP hash of its own script').toEqual([printedHash]);

  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let releaseRuntime = () => {};
  const runtimeHeld = new Promise<void>((resolve) => {
    releaseRuntime = resolve;
  });
  const { page, watch } = await openHtml(`${snippet}${ON_LEAD}`, async (p) => {
    // Hold the script back, so the calls are certainly made before it exists; then its runtime.
    await p.route('**/dist/yesladder.js', async (route) => {
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    await p.route('**/dist/yesladder.runtime.js', async (route) => {
      const response = await route.fetch();
      await runtimeHeld;
      await route.fulfill({ response });
    });
  });
  await page.locator('#yesladder-snippet-queued').waitFor({ state: 'attached' });
  const queued = await page.evaluate(() => {
    const stub = (window as unknown as { yesladder: { q?: ArrayLike<unknown>[]; version?: string } })
      .yesladder;
    return { names: Array.from(stub.q ?? [], (args) => args[0]), loaded: 'version' in stub };
  });
  expect(queued).toEqual({ names: ['mount', 'on'], loaded: false });

  release();
  // yesladder.js paints the mount call's first step while its runtime is still held back.
  await page.getByRole('button', { name: 'Get the guide' }).waitFor();
  const waiting = await page.evaluate(() => {
    const stub = (window as unknown as { yesladder: { q?: ArrayLike<unknown>[]; version?: string } })
      .yesladder;
    return { names: Array.from(stub.q ?? [], (args) => args[0]), loaded: 'version' in stub };
  });
  expect(waiting, 'the painted mount left the queue; on waits for the runtime').toEqual({
    names: ['on'],
    loaded: false,
  });
  releaseRuntime();
  await completeGuide(page, 'queued@example.com');

  expect(await submissionsOf('snippet-queued')).toEqual([
    'lead:queued@example.com',
    'final:queued@example.com',
  ]);
  expect(
    await poll(
      () => seen(page),
      (s) => s.length > 0,
    ),
  ).toEqual(['snippet-queued:email']);
  expect(await page.locator('[data-yesladder-host]').count()).toBe(1);
  expectClean(watch);
});

test('the CSP in these tests is real: without its hash, the pasted snippet is refused', async () => {
  const snippet = await snippetFor(guide('snippet-refused'));
  const { page, watch } = await openHtml(snippet, undefined, { allowInline: false });
  await poll(
    () => watch.cspViolations,
    (list) => list.length > 0,
  );
  expect(watch.cspViolations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  expect(await page.evaluate(() => typeof (window as unknown as { yesladder?: unknown }).yesladder)).toBe(
    'undefined',
  );
});

test('yesladder(...) runs at once when the script is already on the page; the copy the snippet adds stays idle', async () => {
  const snippet = await snippetFor(guide('snippet-loaded'), { global: true });
  const { page, watch, infos } = await openHtml(
    `<script src="/dist/yesladder.global.js"></script>
     <script>window.realBeforeSnippet = typeof yesladder === 'function' && 'version' in yesladder;</script>
     ${snippet}${ON_LEAD}`,
  );
  expect(
    await page.evaluate(() => (window as unknown as { realBeforeSnippet: boolean }).realBeforeSnippet),
  ).toBe(true);

  await completeGuide(page, 'loaded@example.com');

  expect(await submissionsOf('snippet-loaded')).toEqual([
    'lead:loaded@example.com',
    'final:loaded@example.com',
  ]);
  expect(
    await poll(
      () => seen(page),
      (s) => s.length > 0,
    ),
  ).toEqual(['snippet-loaded:email']);
  expect(await page.locator('[data-yesladder-host]').count()).toBe(1);
  // The snippet's own copy of the script arrived second: one note, no error.
  await poll(
    () => infos,
    (list) => list.length > 0,
  );
  expect(infos).toEqual([
    expect.stringContaining(`yesladder ${version} loaded on a page where yesladder ${version} already runs`),
  ]);
  expectClean(watch);
});

test('Chromium refuses the script when its bytes do not match the integrity hash: nothing runs', async () => {
  const tampered = join(dir, 'tampered.global.js');
  writeFileSync(tampered, `${readFileSync(GLOBAL_BUILD, 'utf8')}\n// one byte changed on the CDN\n`);
  const snippet = await snippetFor(guide('snippet-tampered'), { global: true, file: tampered });
  const requested: string[] = [];
  const { page, watch } = await openHtml(snippet, async (p) => {
    // 'response' (headers in), not 'requestfinished': Chromium may report the refusal on the
    // console before Playwright delivers the request's end, so the order of the two is not fixed.
    p.on('response', (response) => requested.push(new URL(response.url()).pathname));
  });

  const blocked = await poll(
    () => watch.consoleErrors.filter((text) => text.includes('integrity')),
    (list) => list.length > 0,
  );
  expect(blocked).toEqual([expect.stringMatching(/integrity.*yesladder\.global\.js.*blocked/s)]);
  expect(
    await poll(
      () => requested,
      (list) => list.includes('/dist/yesladder.global.js'),
    ),
    'the script was fetched, then refused',
  ).toContain('/dist/yesladder.global.js');
  const state = await page.evaluate(() => {
    const win = window as unknown as { YesLadder?: unknown; yesladder: { q?: unknown[] } };
    return { global: typeof win.YesLadder, queued: win.yesladder.q?.length };
  });
  expect(state).toEqual({ global: 'undefined', queued: 1 });
  expect(await page.locator('[data-yesladder-host]').count()).toBe(0);
  expect(watch.pageErrors).toEqual([]);
});

test.each([
  { first: version, second: '9.9.9' },
  { first: '9.9.9', second: version },
])(
  'with two versions on one page ($first, then $second) the first keeps the page and each target has one form',
  async ({ first, second }) => {
    const other = readFileSync(GLOBAL_BUILD, 'utf8');
    const marker = `"${version}"`;
    expect(other.split(marker), 'the build names its version once').toHaveLength(2);
    const src = (v: string) => (v === version ? '/dist/yesladder.global.js' : '/other/yesladder.global.js');
    const config = guide(`two-copies-${first.replace(/\./g, '-')}`);
    const tag = (v: string) =>
      `<script src="${src(v)}" defer data-config="#cfg" data-target="#signup"></script>`;
    const { page, watch, infos } = await openHtml(
      `<script type="application/json" id="cfg">${JSON.stringify(config)}</script>
     <div id="signup"></div><div id="placeholder" data-yesladder="#cfg"></div>
     ${tag(first)}${tag(second)}`,
      async (p) => {
        await p.route('**/other/yesladder.global.js', (route) =>
          route.fulfill({
            contentType: 'text/javascript; charset=utf-8',
            body: other.replace(marker, '"9.9.9"'),
          }),
        );
      },
    );

    await poll(
      () => infos,
      (list) => list.length > 0,
    );
    expect(infos).toEqual([
      `yesladder: yesladder ${second} loaded on a page where yesladder ${first} already runs; ${first} keeps the page. Load the script once.`,
    ]);
    const global = await page.evaluate(() => {
      const win = window as unknown as { YesLadder: { version: string }; yesladder: unknown };
      return { version: win.YesLadder.version, same: win.YesLadder === win.yesladder };
    });
    expect(global).toEqual({ version: first, same: true });
    expect(await page.locator('#signup > [data-yesladder-host]').count()).toBe(1);
    expect(await page.locator('#placeholder > [data-yesladder-host]').count()).toBe(1);

    // The first copy's command function still works: listen, then complete the form in #signup.
    await page.evaluate(() => {
      const win = window as unknown as { yesladder: (...args: unknown[]) => void; seen?: string[] };
      win.seen = [];
      win.yesladder('on', 'form_submit', (event: { form_id: string }) => win.seen?.push(event.form_id));
    });
    const signup = page.locator('#signup');
    await signup.getByRole('button', { name: 'Get the guide' }).click();
    await signup.getByLabel('Where should we send it?').fill('two@example.com');
    await signup.getByRole('button', { name: 'Send it to me' }).click();
    await signup.getByRole('button', { name: 'Finish' }).click();
    await signup.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
    expect(await submissionsOf(config.id)).toEqual(['lead:two@example.com', 'final:two@example.com']);
    expect(
      await poll(
        () => seen(page),
        (s) => s.length > 0,
      ),
    ).toEqual([config.id]);
    expectClean(watch);
  },
);

test('the snippet demo page (strict CSP, loader in a file) books a review and says the spot is kept', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}snippet.html`);

  await page.getByRole('button', { name: 'Review my page' }).click();
  await page.getByLabel('Your email').fill('review@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('status').filter({ hasText: 'Your spot is kept' }).waitFor();
  await page.getByLabel('Page address').fill('https://example.com/landing');
  await page.getByLabel('What should it get people to do?').selectOption('Sign up');
  await page.getByRole('button', { name: 'Book my review' }).click();
  await page.getByRole('heading', { name: 'Booked!' }).waitFor();

  const leads = await poll(
    () => leadsOf('page-review'),
    (list) => list.length >= 2,
  );
  expect(leads.map((lead) => lead.submission)).toEqual(['lead', 'final']);
  expect(leads[1]?.answers).toEqual({
    email: 'review@example.com',
    url: 'https://example.com/landing',
    goal: 'Sign up',
  });
  expectClean(watch);
});

test('the placeholders page shows two forms from two configs; one completes, the other stays put', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}placeholders.html`);

  const quiz = page.locator('#quiz');
  const checklist = page.locator('#checklist');
  await checklist.getByRole('button', { name: 'Send me the checklist' }).waitFor();
  await quiz.getByRole('button', { name: '3–5' }).click();
  await quiz.getByLabel('Your email').fill('quiz@example.com');
  await quiz.getByRole('button', { name: 'Email me the fix' }).click();
  await quiz.getByRole('heading', { name: 'Check your inbox!' }).waitFor();

  const leads = await poll(
    () => leadsOf('form-quiz'),
    (list) => list.length >= 1,
  );
  expect(leads.at(-1)).toMatchObject({
    submission: 'final',
    answers: { fields: '3–5', email: 'quiz@example.com' },
  });
  expect(await checklist.getByRole('button', { name: 'Send me the checklist' }).isVisible()).toBe(true);
  expect(await page.locator('[data-yesladder-host]').count()).toBe(2);

  // A placeholder added later: the rescan mounts it, and only it.
  const mounted = await page.evaluate(() => {
    document
      .querySelector('article')
      ?.insertAdjacentHTML('beforeend', '<div id="late" data-yesladder="#checklist-config"></div>');
    return (window as unknown as { YesLadder: { autoMount(): unknown[] } }).YesLadder.autoMount().length;
  });
  expect(mounted).toBe(1);
  await page.locator('#late').getByRole('button', { name: 'Send me the checklist' }).waitFor();
  expect(await page.locator('[data-yesladder-host]').count()).toBe(3);
  expectClean(watch);
});
