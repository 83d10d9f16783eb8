import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectClean, setupChromium } from './harness';
import { poll } from './poll';

// The demo's loop, as a new user meets it: the A/B page in one tab, /report in another. The
// server appends each beacon event to a JSON-lines file and /report reads that file through
// the built `yesladder/report` on every request; the page's one script fetches it every 2 s
// and swaps the content in place (pausable), under a CSP allowing only its own files.

const eventsFile = join(mkdtempSync(join(tmpdir(), 'yesladder-report-')), 'events.jsonl');
const chromium = setupChromium({ eventsFile });
const ARM_KEY = 'yesladder:variant:ab-guide';

/** The cells of one step's row in one variant's table, as the page shows them. */
const rowOf = (page: Page, variant: string, step: string) =>
  page.evaluate(
    ([variant, step]) => {
      const section = [...document.querySelectorAll('section.variant')].find(
        (s) => s.querySelector('h3')?.textContent === variant,
      );
      const row = [...(section?.querySelectorAll('tbody tr') ?? [])].find(
        (r) => r.querySelector('th')?.textContent === step,
      );
      return row ? [...row.querySelectorAll('td')].map((cell) => cell.textContent) : null;
    },
    [variant, step] as const,
  );

/** Waits for the report's own update to show what `done` wants (every 2 s). */
const waitForReport = <T>(read: () => Promise<T>, done: (value: T) => boolean) =>
  poll(
    () => read().catch(() => null as T),
    (value) => value !== null && done(value),
    15_000,
  );

const visit = async (arm: string) => {
  const opened = await chromium.openPage();
  await opened.context.addInitScript(([key, name]) => localStorage.setItem(key, name), [
    ARM_KEY,
    arm,
  ] as const);
  await opened.page.goto(`${chromium.server.url}ab.html`);
  return opened;
};

test('the report tab follows the form tab: views, completions and the A/B verdict move as a person fills the form', async () => {
  const report = await chromium.openPage();
  await report.page.goto(`${chromium.server.url}report`);
  expect(await report.page.getByText('No form events to report.').isVisible()).toBe(true);
  // One script, the demo's own updater; the page never reloads itself (WCAG 2.2.1).
  expect(await report.page.evaluate(() => [...document.scripts].map((script) => script.src))).toEqual([
    `${chromium.server.url}report-live.js`,
  ]);
  expect(await report.page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
  await report.page.evaluate(() => {
    (window as unknown as { loadedOnce: boolean }).loadedOnce = true;
  });

  // A ladder visitor gives the email: the report shows the first step done, the second open.
  const ladder = await visit('ladder');
  await ladder.page.getByLabel('Where should we send it?').fill('ada@example.com');
  await ladder.page.getByRole('button', { name: 'Send it to me' }).click();
  await ladder.page.getByText('Step 2 of 2', { exact: true }).waitFor();
  const email = await waitForReport(
    () => rowOf(report.page, 'ladder', 'email'),
    (row) => row?.[0] === '1' && row[1] === '1',
  );
  expect(email?.slice(0, 3)).toEqual(['1', '1', '100.0%']);
  const about = await waitForReport(
    () => rowOf(report.page, 'ladder', 'about'),
    (row) => row?.[0] === '1',
  );
  expect(about?.slice(0, 2)).toEqual(['1', '0']);

  // They finish: the second step is completed too, and the visitor counts as submitted.
  await ladder.page.getByRole('button', { name: 'Finish' }).click();
  await ladder.page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  const done = await waitForReport(
    () => rowOf(report.page, 'ladder', 'about'),
    (row) => row?.[1] === '1',
  );
  expect(done?.slice(0, 3)).toEqual(['1', '1', '100.0%']);
  expect(await report.page.locator('section.variant', { hasText: 'ladder' }).textContent()).toContain(
    '1 visitors',
  );

  // A one-page visitor arrives: two arms now, and far too few visitors for a verdict.
  const onepage = await visit('onepage');
  await onepage.page.getByLabel('Email').waitFor();
  const verdict = await waitForReport(
    () => report.page.locator('.verdict .headline').first().textContent(),
    (text) => !!text,
  );
  expect(verdict).toMatch(/^not enough data yet: need about [\d,]+ more visitors per variant/);
  expect(await report.page.locator('section.variant svg').count()).toBe(2);
  // Updated in place all along: the same document, never reloaded.
  expect(await report.page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(
    true,
  );

  // Paused, it holds still while the funnel moves on; resumed, it catches up.
  const pause = report.page.getByRole('button', { name: 'Pause live updates' });
  await pause.click();
  expect(
    await report.page.getByRole('button', { name: 'Resume live updates' }).getAttribute('aria-pressed'),
  ).toBe('true');
  await onepage.page.getByLabel('Email').fill('grace@example.com');
  await onepage.page.getByLabel('Your name').fill('Grace');
  await onepage.page.getByRole('radio', { name: 'Business owner' }).check();
  await onepage.page.getByRole('button', { name: 'Send it to me' }).click();
  await onepage.page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  await poll(
    () => chromium.server.received.events.filter((event) => event.name === 'form_submit').length,
    (count) => count === 2,
  );
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect((await rowOf(report.page, 'onepage', 'all'))?.[1]).toBe('0');
  await report.page.getByRole('button', { name: 'Resume live updates' }).click();
  const onepageDone = await waitForReport(
    () => rowOf(report.page, 'onepage', 'all'),
    (row) => row?.[1] === '1',
  );
  expect(onepageDone?.slice(0, 3)).toEqual(['1', '1', '100.0%']);

  expectClean(ladder.watch);
  expectClean(onepage.watch);
  expectClean(report.watch);
});
