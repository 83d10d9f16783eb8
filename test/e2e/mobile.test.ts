import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectClean, setupChromium } from './harness';

// A phone's view, 375 × 667 CSS px with touch, in real Chromium: the popover demo opened from its
// button is a bottom sheet across the screen, and every input is at least 16 px (iOS zooms into
// smaller ones on focus) even on a page whose own text is 12 px. SHOTS=<dir> keeps screenshots.

const SHOTS = process.env.SHOTS;
const chromium = setupChromium();
const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `mobile-${name}.png`) });
};

/** The popover's box, in CSS px. */
const popoverBox = (page: Page) =>
  page.evaluate(() => {
    const pop = document.querySelector('[data-yesladder-host]')?.shadowRoot?.querySelector('.yl-pop');
    const box = pop?.getBoundingClientRect();
    return box && { left: box.left, right: box.right, bottom: box.bottom, top: box.top };
  });

test('at 375 px the popover opens as a bottom sheet across the screen, and goes back beside its anchor when wide', async () => {
  const { page, watch } = await chromium.openPage(PHONE);
  await page.goto(`${chromium.server.url}popover.html`);
  await page.locator('#get-guide').click();
  await page.getByRole('dialog').getByRole('heading', { name: 'Get your free guide' }).waitFor();
  await expect.poll(() => popoverBox(page)).toMatchObject({ left: 0, right: 375, bottom: 667 });
  const box = await popoverBox(page);
  expect((box?.bottom ?? 0) - (box?.top ?? 0)).toBeLessThanOrEqual(667 * 0.85 + 1);
  await shot(page, 'popover-sheet');
  // The next step, still a sheet; typing in it.
  const sheet = page.getByRole('dialog');
  await sheet.getByRole('button', { name: 'Yes, send it' }).click();
  const email = sheet.getByLabel('Where should we send it?');
  await email.fill('ada@example.com');
  expect(await email.getAttribute('inputmode')).toBe('email');
  expect(await email.getAttribute('autocomplete')).toBe('email');
  // Enter submits the step, and another step follows.
  expect(await email.getAttribute('enterkeyhint')).toBe('next');
  await shot(page, 'popover-sheet-email');
  await page.setViewportSize({ width: 1200, height: 800 });
  await expect.poll(async () => (await popoverBox(page))?.right ?? 0).toBeLessThan(1200);
  expectClean(watch);
});

test('every text input is at least 16 px on a page whose own text is 12 px', async () => {
  const { page, watch } = await chromium.openPage(PHONE);
  await page.route(`${chromium.server.url}small-text`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: `<!doctype html><html lang="en" style="font-size:12px"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Small text</title><link rel="icon" href="data:,">
<script type="application/json" id="c">${JSON.stringify({
        id: 'small',
        steps: [
          {
            id: 'all',
            fields: [
              { name: 'email', type: 'email', label: 'Email' },
              { name: 'phone', type: 'tel', label: 'Phone' },
              { name: 'age', type: 'number', label: 'Age' },
              { name: 'note', type: 'textarea', label: 'Note' },
              { name: 'size', type: 'select', label: 'Size', options: ['S', 'M'] },
              { name: 'name', type: 'text', label: 'Name' },
            ],
          },
          { id: 'thanks', type: 'thanks', title: 'Done' },
        ],
      })}</script>
<script src="/dist/yesladder.js" defer data-config="#c" data-target="#f"></script></head><body style="font-size:12px"><main><h1>Small text</h1><div id="f"></div></main></body></html>`,
    }),
  );
  await page.goto(`${chromium.server.url}small-text`);
  await page.getByLabel('Note').waitFor();
  await page.waitForFunction(
    () => typeof (window as unknown as { yesladder?: { mount?: unknown } }).yesladder?.mount === 'function',
  );
  const sizes = await page.evaluate(() => {
    const root = document.querySelector('[data-yesladder-host]')?.shadowRoot;
    return [
      ...(root?.querySelectorAll('input:not([type=hidden]):not([tabindex="-1"]), textarea, select') ?? []),
    ].map((control) => [
      control.getAttribute('name') ?? control.id,
      Number.parseFloat(getComputedStyle(control).fontSize),
    ]);
  });
  expect(sizes.length).toBeGreaterThanOrEqual(6);
  for (const [name, size] of sizes) expect(size, String(name)).toBeGreaterThanOrEqual(16);
  await shot(page, 'small-text');
  expectClean(watch);
});
