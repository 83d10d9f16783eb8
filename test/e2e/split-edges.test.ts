import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { type Chromium, expectClean, type OpenedPage, settle, setupChromium } from './harness';
import type { PageWatch } from './page-watch';
import { poll } from './poll';

// The split script build at its edges, in real Chromium under the demo server's strict CSP:
// what the first script (dist/yesladder.js) must not paint and leaves to the runtime
// (dist/yesladder.runtime.js); a config it paints that the full check refuses; placeholders;
// Subresource Integrity on the runtime; Trusted Types. The runtime is held back at the
// network (a route that waits) so each test can look at the page before it arrives.

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const FIRST_SCRIPT = join(DIST, 'yesladder.js');
const RUNTIME = join(DIST, 'yesladder.runtime.js');
const PAGES = fileURLToPath(new URL('./pages/split-edges/', import.meta.url));
// Pages the tests write: the SRI page carries the hash of today's dist/yesladder.js, and a
// config that is not JSON would not pass the repository's own formatter as a file.
const WRITTEN = mkdtempSync(join(tmpdir(), 'yesladder-split-edges-'));

beforeAll(() => {
  for (const file of [FIRST_SCRIPT, RUNTIME]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build it with \`npx tsup\` first.`);
  }
});

const statics = {
  static: [
    { prefix: '/split-edges/', dir: PAGES },
    { prefix: '/split-written/', dir: WRITTEN },
  ],
};
const strict = setupChromium(statics);

/** The page's global, as the first script leaves it (a queue) or the runtime makes it (the API). */
type PageGlobal = { yesladder?: { q?: unknown; mount?: unknown; autoMount?: unknown } };

/** The runtime's request, held until `release()`; `tamper` adds a comment to its body on the way. */
interface HeldRuntime {
  /** How many times the page has asked for yesladder.runtime.js. */
  requested(): number;
  release(): void;
}

async function holdRuntime(page: Page, { tamper = false } = {}): Promise<HeldRuntime> {
  let requests = 0;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/yesladder.runtime.js', async (route) => {
    requests++;
    try {
      if (!tamper) {
        await gate;
        await route.continue();
        return;
      }
      const response = await route.fetch();
      const body = `${await response.text()}\n/* tampered */\n`;
      await gate;
      await route.fulfill({ response, body });
    } catch {
      // The page closed while its runtime was held: nothing left to answer.
    }
  });
  return { requested: () => requests, release };
}

interface Visit extends OpenedPage {
  readonly held: HeldRuntime;
}

/** Opens `path` on `chromium`'s server with the runtime held back. */
async function visitHeld(chromium: Chromium, path: string, { tamper = false } = {}): Promise<Visit> {
  const opened = await chromium.openPage({ viewport: { width: 1000, height: 900 } });
  const held = await holdRuntime(opened.page, { tamper });
  // Not `load`: the runtime's script, held here, would hold the load event too.
  await opened.page.goto(new URL(path, chromium.server.url).href, { waitUntil: 'domcontentloaded' });
  return { ...opened, held };
}

const hosts = (page: Page) => page.locator('[data-yesladder-host]');

/** What `window.yesladder` is: the first script's queue, or the runtime's API. */
const globalOf = (page: Page) =>
  page.evaluate(() => {
    const global = (window as unknown as PageGlobal).yesladder;
    return {
      queue: Array.isArray(global?.q),
      api: typeof global?.mount === 'function' && typeof global?.autoMount === 'function',
    };
  });

/** Waits for the runtime to have run: `window.yesladder` is the full API. */
async function runtimeRuns(page: Page): Promise<void> {
  expect(
    await poll(async () => (await globalOf(page)).api, Boolean),
    'the runtime replaced window.yesladder with its API',
  ).toBe(true);
}

/**
 * The first script has scanned the page and painted nothing: with nothing to show it asks for
 * the runtime at once, and that request (held) is what says the scan is over.
 */
async function expectNothingPainted(page: Page, held: HeldRuntime): Promise<void> {
  expect(await poll(held.requested, (count) => count > 0), 'the runtime is asked for at once').toBe(1);
  expect(await hosts(page).count(), 'nothing painted').toBe(0);
  expect(await globalOf(page), 'window.yesladder is still the queue').toEqual({ queue: true, api: false });
}

/** Opens `path` with the runtime held, checks that nothing was painted, then lets the runtime run. */
async function leftToTheRuntime(path: string): Promise<Visit> {
  const visit = await visitHeld(strict, path);
  await expectNothingPainted(visit.page, visit.held);
  visit.held.release();
  await runtimeRuns(visit.page);
  return visit;
}

/** The console errors yesladder logged itself, not the browser's own reports. */
const ours = (watch: PageWatch) => watch.consoleErrors.filter((text) => text.startsWith('yesladder:'));

const sri = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

describe('what the first script does not paint, the runtime mounts', () => {
  test('a modal: nothing painted; once the runtime runs, the trigger opens it', async () => {
    const { page, watch } = await leftToTheRuntime('/split-edges/modal.html');
    expect(
      await poll(
        () => hosts(page).count(),
        (count) => count > 0,
      ),
    ).toBe(1);
    const dialog = page.getByRole('dialog');
    expect(await dialog.count(), 'the modal waits for its trigger').toBe(0);
    await page.locator('#open').click();
    await dialog.getByRole('heading', { name: 'Modal form', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('heading', { name: 'Modal form: your email' }).waitFor();
    expect(await hosts(page).count()).toBe(1);
    expectClean(watch);
  });

  test('a form in German: nothing painted; the runtime shows it in German', async () => {
    const { page, watch } = await leftToTheRuntime('/split-edges/german.html');
    await page.getByText('Schritt 1 von 2', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByText('Bitte füllen Sie dieses Feld aus.', { exact: true }).waitFor();
    await page.getByLabel('E-Mail').fill('ada@example.com');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByText('Schritt 2 von 2', { exact: true }).waitFor();
    expect(await hosts(page).count()).toBe(1);
    expectClean(watch);
  });

  test('an A/B test: nothing painted; the runtime shows the one arm it gives the visitor', async () => {
    const { page, watch } = await leftToTheRuntime('/split-edges/variants.html');
    const arm = await poll(
      () => page.evaluate(() => localStorage.getItem('yesladder:variant:split-variants')),
      (value) => value !== null,
    );
    expect(['a', 'b']).toContain(arm);
    const shown = arm === 'a' ? 'Arm A' : 'Arm B';
    await page.getByRole('heading', { name: shown }).waitFor();
    expect(await page.getByRole('heading', { name: /^Arm / }).allTextContents()).toEqual([shown]);
    expect(await hosts(page).count()).toBe(1);
    expectClean(watch);
  });

  test('a saved draft: nothing painted on the reload; the runtime brings the form back on the saved step', async () => {
    const { page, watch } = await strict.openPage();
    await page.goto(new URL('/split-edges/draft.html', strict.server.url).href, {
      waitUntil: 'domcontentloaded',
    });
    await runtimeRuns(page);
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'About you' }).waitFor();
    const saved = await poll(
      () => page.evaluate(() => localStorage.getItem('yesladder:draft:split-draft')),
      (value) => value !== null,
    );
    expect(JSON.parse(saved ?? '{}')).toMatchObject({
      history: ['email', 'about'],
      answers: { email: 'ada@example.com' },
    });

    const held = await holdRuntime(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expectNothingPainted(page, held);

    held.release();
    await runtimeRuns(page);
    await page.getByRole('heading', { name: 'About you' }).waitFor();
    await page.getByText('Step 2 of 2', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByText('Step 1 of 2', { exact: true }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('ada@example.com');
    expect(await hosts(page).count()).toBe(1);
    expectClean(watch);
  });
});

test('a config the full check refuses is painted, then removed when the runtime arrives, with its ConfigError', async () => {
  const { page, watch, held } = await visitHeld(strict, '/split-edges/refused.html');
  await page
    .locator('#form > [data-yesladder-host]')
    .getByRole('heading', { name: 'Misspelt form' })
    .waitFor();
  expect(watch.consoleErrors, 'the first script paints it without a word').toEqual([]);

  held.release();
  await runtimeRuns(page);
  expect(
    await poll(
      () => hosts(page).count(),
      (count) => count === 0,
    ),
    'the painted form is removed',
  ).toBe(0);
  await poll(
    () => watch.consoleErrors,
    (errors) => errors.length > 0,
  );
  await settle(page);
  expect(watch.consoleErrors).toEqual([
    expect.stringMatching(/^yesladder: the config of form "split-refused" has a problem/),
  ]);
  expect(watch.consoleErrors[0]).toContain('steps[0].fields[0].requried: unknown option');
  expect(watch.pageErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

/** A page whose one config has a trailing comma, read by the tag itself or by a placeholder. */
const writeNotJsonPage = (reader: 'tag' | 'placeholder'): string => {
  const [tag, target] =
    reader === 'tag'
      ? ['data-config="#cfg" data-target="#form"', '<div id="form"></div>']
      : ['', '<div id="form" data-yesladder="#cfg"></div>'];
  writeFileSync(
    join(WRITTEN, `not-json-${reader}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not JSON</title><link rel="icon" href="data:,">
<script type="application/json" id="cfg">{ "id": "split-not-json", "steps": [{ "id": "start", "type": "cta", "title": "Never shown" },] }</script>
<script src="/dist/yesladder.js" defer ${tag}></script>
</head><body><main><h1>Not JSON</h1>${target}</main></body></html>`,
  );
  return `/split-written/not-json-${reader}.html`;
};

describe.each(['tag', 'placeholder'] as const)('a config read by the %s that is not JSON', (reader) => {
  test('is logged once, by the first script: nothing painted, nothing mounted', async () => {
    const { page, watch, held } = await visitHeld(strict, writeNotJsonPage(reader));
    await expectNothingPainted(page, held);
    expect(watch.consoleErrors).toEqual([
      expect.stringMatching(/^yesladder: the config in #cfg is not valid JSON/),
    ]);

    held.release();
    await runtimeRuns(page);
    await settle(page);
    expect(await hosts(page).count(), 'nothing mounted').toBe(0);
    expect(watch.consoleErrors, 'the runtime does not log it a second time').toHaveLength(1);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});

test('two placeholders and the tag’s form: all painted first, each taken over in place, none mounted twice', async () => {
  const { page, watch, held } = await visitHeld(strict, '/split-edges/placeholders.html');
  const forms = [
    ['#form', 'Tag form'],
    ['#a', 'Form A'],
    ['#b', 'Form B'],
  ] as const;
  for (const [target, title] of forms) {
    await page
      .locator(`${target} > [data-yesladder-host]`)
      .getByRole('heading', { name: title, exact: true })
      .waitFor();
  }
  expect(await globalOf(page), 'painted by the first script, before the runtime').toEqual({
    queue: true,
    api: false,
  });
  // Kept to compare: a takeover renders into these very elements; a second mount would not.
  await page.evaluate(() => {
    const painted = [...document.querySelectorAll('[data-yesladder-host]')];
    const buttons = painted.map((host) => host.shadowRoot?.querySelector('button'));
    (window as unknown as { painted: unknown }).painted = { hosts: painted, buttons };
  });

  held.release();
  await runtimeRuns(page);
  await settle(page);
  const same = await page.evaluate(() => {
    const { hosts: painted, buttons } = (
      window as unknown as { painted: { hosts: Element[]; buttons: (Element | null | undefined)[] } }
    ).painted;
    const now = [...document.querySelectorAll('[data-yesladder-host]')];
    return {
      hosts: now.length === painted.length && now.every((host, i) => host === painted[i]),
      buttons: now.every((host, i) => {
        const button = host.shadowRoot?.querySelector('button');
        return !!button && button === buttons[i];
      }),
    };
  });
  expect(same, 'the runtime kept the painted hosts and their buttons').toEqual({
    hosts: true,
    buttons: true,
  });

  for (const [target, title] of forms) {
    const form = page.locator(`${target} > [data-yesladder-host]`);
    await form.getByRole('button', { name: 'Next' }).click();
    await form.getByRole('heading', { name: `${title}: your email` }).waitFor();
  }
  await settle(page);
  for (const [target] of forms) {
    expect(await page.locator(`${target} > [data-yesladder-host]`).count(), target).toBe(1);
  }
  expect(await hosts(page).count()).toBe(3);
  expectClean(watch);
});

describe('Subresource Integrity', () => {
  /** The basic form's page, its first script tag checked by `integrity`, as a careful site ships it. */
  const writeSriPage = (): string => {
    const config = JSON.parse(
      /<script type="application\/json" id="cfg">([\s\S]*?)<\/script>/.exec(
        readFileSync(join(PAGES, 'basic.html'), 'utf8'),
      )?.[1] ?? '',
    ) as object;
    writeFileSync(
      join(WRITTEN, 'sri.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title><link rel="icon" href="data:,">
<script type="application/json" id="cfg">${JSON.stringify(config)}</script>
<script src="/dist/yesladder.js" integrity="${sri(FIRST_SCRIPT)}" crossorigin="anonymous" defer data-config="#cfg" data-target="#form"></script>
</head><body><main><h1>SRI</h1><div id="form"></div></main></body></html>`,
    );
    return '/split-written/sri.html';
  };

  test('the runtime’s tag carries the runtime’s sha384 and the same crossorigin, and the form works', async () => {
    const { page, watch, held } = await visitHeld(strict, writeSriPage());
    await page.getByRole('heading', { name: 'Basic form', exact: true }).waitFor();
    held.release();
    await runtimeRuns(page);
    const tag = await page.evaluate(() => {
      const script = document.querySelector('script[src$="/yesladder.runtime.js"]');
      return {
        integrity: script?.getAttribute('integrity'),
        crossorigin: script?.getAttribute('crossorigin'),
      };
    });
    expect(tag).toEqual({ integrity: sri(RUNTIME), crossorigin: 'anonymous' });

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Basic form: your email' }).waitFor();
    expectClean(watch);
  });

  test('a tampered runtime is blocked: the painted form is removed, with one error naming yesladder.runtime.js', async () => {
    const { page, watch, held } = await visitHeld(strict, writeSriPage(), { tamper: true });
    await page.getByRole('heading', { name: 'Basic form', exact: true }).waitFor();
    held.release();

    expect(
      await poll(
        () => hosts(page).count(),
        (count) => count === 0,
      ),
      'the painted form is removed',
    ).toBe(0);
    await settle(page);
    expect(ours(watch)).toEqual([expect.stringContaining('yesladder.runtime.js')]);
    // The rest is the browser's own report of the digest that did not match.
    expect(watch.consoleErrors.filter((text) => !text.startsWith('yesladder:'))).toEqual([
      expect.stringMatching(/integrity/),
    ]);
    expect(await globalOf(page), 'the tampered runtime never ran').toEqual({ queue: true, api: false });
    expect(watch.pageErrors).toEqual([]);
  });
});

describe('under the strict CSP', () => {
  test('load, takeover and Next report no securitypolicyviolation at all', async () => {
    const { page, watch, held } = await visitHeld(strict, '/split-edges/basic.html');
    await page.getByRole('heading', { name: 'Basic form', exact: true }).waitFor();
    held.release();
    await runtimeRuns(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Basic form: your email' }).waitFor();
    await settle(page);
    expect(watch.cspViolations).toEqual([]);
    expectClean(watch);
  });
});

describe('under Trusted Types with the policy name yesladder-chunk allowed', () => {
  const chunkAllowed = setupChromium({ ...statics, trustedTypes: 'yesladder-chunk' });

  test('load, takeover and Next report no violation, and the form works', async () => {
    const { page, watch, held } = await visitHeld(chunkAllowed, '/split-edges/basic.html');
    await page.getByRole('heading', { name: 'Basic form', exact: true }).waitFor();
    held.release();
    await runtimeRuns(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Basic form: your email' }).waitFor();
    await page.getByLabel('Email').fill('ada@example.com');
    await settle(page);
    expect(watch.cspViolations).toEqual([]);
    expectClean(watch);
  });
});

describe('under Trusted Types with no policy allowed', () => {
  const noPolicy = setupChromium({ ...statics, trustedTypes: true });

  test('the runtime cannot load: one error saying to allow yesladder-chunk, the painted form removed', async () => {
    const { page, watch } = await noPolicy.openPage();
    const held = await holdRuntime(page);
    // Nothing is requested here, so the route cannot hold the runtime back: the first script's
    // idle callback, which would load it, waits instead until the painted form has been seen.
    await page.addInitScript(() => {
      const waiting: IdleRequestCallback[] = [];
      window.requestIdleCallback = (callback) => waiting.push(callback);
      (window as unknown as { runIdle: () => void }).runIdle = () => {
        for (const callback of waiting.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
      };
    });
    await page.goto(new URL('/split-edges/basic.html', noPolicy.server.url).href);
    await page.getByRole('heading', { name: 'Basic form', exact: true }).waitFor();
    expect(watch.consoleErrors, 'painted without a word').toEqual([]);

    await page.evaluate(() => (window as unknown as { runIdle: () => void }).runIdle());
    expect(
      await poll(
        () => hosts(page).count(),
        (count) => count === 0,
      ),
      'the painted form is removed',
    ).toBe(0);
    await settle(page);
    expect(ours(watch)).toEqual([
      expect.stringMatching(/yesladder\.runtime\.js[\s\S]*yesladder-chunk[\s\S]*yesladder\.global\.js/),
    ]);
    // The browser's reports: the refused policy, then the string refused at script.src.
    expect(watch.cspViolations).toEqual([
      expect.stringMatching(/^trusted-types blocked trusted-types-policy/),
      expect.stringMatching(/^require-trusted-types-for blocked trusted-types-sink/),
    ]);
    expect(held.requested(), 'the runtime was never requested').toBe(0);
    expect(watch.pageErrors).toEqual([]);
  });
});

test('a call made before the page is parsed fetches the runtime early; the tag’s form is still mounted', async () => {
  const { page, watch } = await strict.openPage({ viewport: { width: 1000, height: 900 } });
  let releaseSlow = () => {};
  const slowGate = new Promise<void>((resolve) => {
    releaseSlow = resolve;
  });
  await page.route('**/split-edges/slow.js', async (route) => {
    await slowGate;
    await route.continue();
  });
  await page.goto(new URL('/split-edges/early.html', strict.server.url).href, { waitUntil: 'commit' });
  // The runtime runs while the page is still unparsed (slow.js is held at the end of <body>).
  await runtimeRuns(page);
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  releaseSlow();
  await page.waitForFunction(() => document.readyState !== 'loading');
  await page.locator('#open').click();
  await page.getByRole('dialog').getByRole('heading', { name: 'Early form', exact: true }).waitFor();
  expect(await hosts(page).count()).toBe(1);
  expectClean(watch);
});
