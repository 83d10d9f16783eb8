import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { buildElementPage, buildExample } from '../../scripts/build-examples.mjs';
import { expectClean, settle, setupChromium } from './harness';

// axe-core (WCAG 2.0–2.2 A and AA rules) run in Chromium on every example page and display mode,
// at every step, in the error state and on the thanks step. axe walks our open shadow roots.
// The script is evaluated through the DevTools protocol, which the demo server's strict CSP
// does not govern, so the pages keep their real CSP while they are checked.

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SITE = repo('test/.artifacts/a11y/site');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const EMAIL = 'ada.lovelace@example.com';

beforeAll(async () => {
  for (const file of ['dist/yesladder.global.js', 'dist/yesladder.popover.global.js', 'dist/react.js'])
    if (!existsSync(repo(file))) throw new Error(`${file} is missing: run \`npx tsup\` first.`);
  // The plain example pages next to the bundled apps, served from one root; dist/ is linked.
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  symlinkSync(repo('dist'), `${SITE}/dist`, 'dir');
  cpSync(repo('examples'), `${SITE}/examples`, { recursive: true });
  await buildExample('react-app', { outDir: `${SITE}/examples/react-app` });
  await buildExample('preact-app', { outDir: `${SITE}/examples/preact-app` });
  await buildElementPage({ outDir: `${SITE}/examples` });
  // The live report reads this file; a copy, since the pages' beacons append to it.
  copyFileSync(repo('test/fixtures/report/ab-small.jsonl'), `${SITE}/events.jsonl`);
}, 120_000);

const chromium = setupChromium(() => ({ root: SITE, eventsFile: `${SITE}/events.jsonl` }));

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown; summary: string | undefined }[];
}
interface AxeOutcome {
  violations: Violation[];
  ran: string[];
}

/** Every rule id axe ran on some page, with what it found; printed once at the end. */
const rulesRan = new Set<string>();

/** Runs axe on the whole document (shadow roots included) and returns its violations. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const outcome: AxeOutcome = await page.evaluate(async (tags) => {
    type Result = { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] };
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<Record<'violations' | 'passes' | 'inapplicable' | 'incomplete', Result[]>>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      violations: results.violations.map((rule) => ({
        id: rule.id,
        help: rule.help,
        nodes: rule.nodes.map((node) => ({ target: node.target, summary: node.failureSummary })),
      })),
      ran: [...results.violations, ...results.passes, ...results.inapplicable, ...results.incomplete].map(
        (rule) => rule.id,
      ),
    };
  }, TAGS);
  for (const id of outcome.ran) rulesRan.add(id);
  return outcome.violations;
}

/** Checks the page as it is now; `state` names it in the failure. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  expect(await axeViolations(page), `axe violations: ${state}`).toEqual([]);
}

interface Example {
  name: string;
  path: string;
  /** The page's own button that opens the form (popover and modal), if any. */
  opener?: string;
  /** The call-to-action step's button. */
  cta: string;
}

const EXAMPLES: Example[] = [
  { name: 'inline (script tag)', path: '/', cta: 'Get the guide' },
  { name: 'popover', path: '/popover.html', opener: 'Get the free guide', cta: 'Yes, send it' },
  { name: 'modal', path: '/modal.html', opener: 'Get the free guide', cta: 'Yes, send it' },
  { name: '<yes-ladder> element', path: '/element.html', cta: 'Get the guide' },
  { name: 'React app', path: '/react-app/', cta: 'Get the guide' },
  { name: 'Preact app', path: '/preact-app/', cta: 'Get the guide' },
];

for (const example of EXAMPLES) {
  test(`axe finds no WCAG 2.2 AA violation on the ${example.name} page, at every step`, async () => {
    const { page, watch } = await chromium.openPage({ viewport: { width: 1200, height: 820 } });
    await page.goto(new URL(example.path, chromium.server.url).href);
    if (example.opener) {
      const opener = page.getByRole('button', { name: example.opener });
      await opener.waitFor();
      await expectAccessible(page, 'page before the form opens');
      await opener.click();
    }
    const cta = page.getByRole('button', { name: example.cta });
    await cta.waitFor();
    await expectAccessible(page, 'call-to-action step');

    await cta.click();
    const email = page.getByRole('textbox', { name: 'Where should we send it?' });
    await email.waitFor();
    await expectAccessible(page, 'email step');

    await page.getByRole('button', { name: 'Send it to me' }).click();
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'email step, required field left empty (error state)');

    await email.fill('not-an-email');
    await page.getByRole('button', { name: 'Send it to me' }).click();
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'email step, invalid email (error state)');

    await email.fill(EMAIL);
    await page.getByRole('button', { name: 'Send it to me' }).click();
    await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
    await expectAccessible(page, 'about step');

    await page.getByRole('radio', { name: 'Freelancer' }).check();
    await expectAccessible(page, 'about step, an option chosen');

    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
    await expectAccessible(page, 'thanks step');
    expectClean(watch);
  });
}

test('axe finds no WCAG 2.2 AA violation on the attach page: the page’s own form, then the ladder beside it', async () => {
  const { page, watch } = await chromium.openPage({ viewport: { width: 1200, height: 820 } });
  await page.goto(new URL('/attach.html', chromium.server.url).href);
  await page.locator('#hero-form[data-yesladder-mounted]').waitFor({ state: 'attached' });
  await expectAccessible(page, 'the page’s own form, attached');
  await page.locator('#hero-email').fill(EMAIL);
  await page.getByRole('button', { name: 'Get the free guide' }).click();
  await page.getByRole('dialog', { name: 'Thanks! Two quick questions (optional)' }).waitFor();
  await expectAccessible(page, 'the ladder beside the form, step 2');
  await page.getByRole('radio', { name: 'Freelancer' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  await expectAccessible(page, 'thanks step');
  expectClean(watch);
});

for (const arm of ['onepage', 'ladder']) {
  test(`axe finds no WCAG 2.2 AA violation on the A/B page in its "${arm}" arm, to the thanks step`, async () => {
    const { page, watch, context } = await chromium.openPage({ viewport: { width: 1200, height: 820 } });
    await context.addInitScript((name) => localStorage.setItem('yesladder:variant:ab-guide', name), arm);
    await page.goto(new URL('/ab.html', chromium.server.url).href);
    await page.getByText(`This device sees the "${arm}" arm.`).waitFor();
    await expectAccessible(page, `${arm}: first step`);
    if (arm === 'onepage') {
      await page.getByLabel('Email').fill(EMAIL);
      await page.getByLabel('Your name').fill('Ada');
      await page.getByRole('radio', { name: 'Freelancer' }).check();
      await page.getByRole('button', { name: 'Send it to me' }).click();
    } else {
      await page.getByLabel('Where should we send it?').fill(EMAIL);
      await page.getByRole('button', { name: 'Send it to me' }).click();
      await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
      await expectAccessible(page, `${arm}: second step`);
      await page.getByRole('button', { name: 'Finish' }).click();
    }
    await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
    await expectAccessible(page, `${arm}: thanks step`);
    expectClean(watch);
  });
}

test('axe finds no WCAG 2.2 AA violation on the funnel report page (verdicts, SVG funnels, tables, warnings)', async () => {
  const { page, watch } = await chromium.openPage({ viewport: { width: 1100, height: 820 } });
  await page.goto(new URL('/report', chromium.server.url).href);
  await page.getByRole('heading', { name: 'Form free-guide' }).waitFor();
  await expectAccessible(page, 'the report');
  await page.getByText('How to read this report').click();
  await expectAccessible(page, 'the report, definitions open');
  expectClean(watch);
});

test('axe ran the WCAG 2.0–2.2 A/AA rule set', () => {
  const ran = [...rulesRan].sort();
  console.info(
    `axe-core ${JSON.parse(readFileSync(repo('node_modules/axe-core/package.json'), 'utf8')).version} ran ${ran.length} rules: ${ran.join(', ')}`,
  );
  for (const id of ['color-contrast', 'label', 'button-name', 'aria-valid-attr-value', 'target-size', 'list'])
    expect(ran).toContain(id);
});
