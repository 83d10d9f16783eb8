import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { consoleMessages, expectClean, settle, setupChromium } from './harness';
import { deepActiveElement, type PageWatch } from './page-watch';
import { poll } from './poll';

// examples/popover.html (the popover script build: the form opens beside the page's own
// button) and examples/modal.html (the core build: a modal from a button or a scroll depth),
// driven in Chromium under the demo server's strict CSP.

const CORE_BUILD = fileURLToPath(new URL('../../dist/yesladder.global.js', import.meta.url));
const POPOVER_BUILD = fileURLToPath(new URL('../../dist/yesladder.popover.global.js', import.meta.url));
const SHOTS = process.env.YESLADDER_SCREENSHOTS;
const EMAIL = 'grace.hopper@example.com';

const chromium = setupChromium();
const VIEWPORT = { width: 1280, height: 800 };

/** A fresh context (fresh session storage) with a watched page that records every widget event. */
async function openPage(path: string): Promise<{ page: Page; watch: PageWatch; warnings: string[] }> {
  for (const build of [CORE_BUILD, POPOVER_BUILD]) {
    if (!existsSync(build)) throw new Error(`${build} is missing: run \`npx tsup\` first.`);
  }
  const { page, watch } = await chromium.openPage({ viewport: VIEWPORT });
  const warnings = consoleMessages(page, 'warning');
  await page.addInitScript(() => {
    const names: string[] = [];
    (window as unknown as { __events: string[] }).__events = names;
    document.addEventListener('yesladder:event', (event) => {
      const { name, step_id } = (event as CustomEvent<{ name: string; step_id: string }>).detail;
      names.push(`${name}:${step_id}`);
    });
  });
  await page.goto(`${chromium.server.url}${path}`);
  return { page, watch, warnings };
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: string[] }).__events);

const shoot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

/** The widget's frame (popover or dialog) as the page's layout sees it, or null while hidden. */
const frameBox = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const element = document.querySelector('[data-yesladder-host]')?.shadowRoot?.querySelector(sel);
    if (!element || element.checkVisibility?.() === false) return null;
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  }, selector);

/** Walks the funnel from the open form's first step to its thanks step. */
async function finishFunnel(page: Page, email: string) {
  const field = page.getByRole('textbox', { name: 'Where should we send it?' });
  if (!(await field.isVisible())) await page.getByRole('button', { name: 'Yes, send it' }).click();
  await field.fill(email);
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Grace');
  await page.getByRole('radio', { name: 'Freelancer' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
}

const leadsOf = (formId: string) =>
  poll(
    () => chromium.server.received.leads.filter((lead) => lead.form_id === formId),
    (leads) => leads.length >= 2,
  );

test('the popover opens beside the page’s button, follows it, closes on Escape and keeps the answers', async () => {
  const { page, watch } = await openPage('popover.html');
  const button = page.getByRole('button', { name: 'Get the free guide' });
  await button.waitFor();
  await settle(page);
  expect(await frameBox(page, '[popover]'), 'nothing shows before the click').toBeNull();
  expect(await events(page), 'no view is counted before the click').toEqual([]);

  await button.click();
  await page.getByRole('heading', { name: 'Get your free guide' }).waitFor();
  await settle(page);
  const target = await button.boundingBox();
  const popover = await frameBox(page, '[popover]');
  if (!target || !popover) throw new Error('the button or the popover has no box');
  // bottom-start: just below the button (12px gap), left edges aligned.
  expect(popover.y - (target.y + target.height)).toBeCloseTo(12, 0);
  expect(popover.x).toBeCloseTo(target.x, 0);
  // The arrow sits on the popover's top edge and points at the button's middle.
  const arrow = await frameBox(page, '.yl-arrow');
  if (!arrow) throw new Error('the popover has no arrow');
  expect(arrow.x + arrow.width / 2, 'the arrow points at the button').toBeCloseTo(
    target.x + target.width / 2,
    0,
  );
  expect(arrow.y + arrow.height / 2, 'on the popover’s top edge').toBeCloseTo(popover.y, 0);
  expect((await deepActiveElement(page)).text, 'focus moves to the step heading').toBe('Get your free guide');
  expect(await events(page)).toEqual(['form_view:start', 'step_view:start']);
  await shoot(page, 'popover-open');

  await page.mouse.wheel(0, 150);
  await poll(
    () => page.evaluate(() => window.scrollY),
    (y) => y >= 150,
  );
  await settle(page);
  const scrolledButton = await button.boundingBox();
  const scrolledPopover = await frameBox(page, '[popover]');
  expect(scrolledButton?.y).toBeCloseTo(target.y - 150, 0);
  expect(scrolledPopover?.y, 'the popover follows the page as it scrolls').toBeCloseTo(
    (scrolledButton?.y ?? 0) + target.height + 12,
    0,
  );
  // Content arriving above the button moves it with no scroll: the popover follows it too.
  await page.evaluate(() => {
    // Without scroll anchoring, which would scroll the page to keep the button in place.
    document.documentElement.style.overflowAnchor = 'none';
    const block = document.createElement('div');
    block.style.height = '90px';
    block.id = 'arrived';
    document.body.prepend(block);
  });
  await settle(page);
  const shiftedButton = await button.boundingBox();
  const shiftedPopover = await frameBox(page, '[popover]');
  expect(shiftedButton?.y).toBeCloseTo((scrolledButton?.y ?? 0) + 90, 0);
  expect(shiftedPopover?.y, 'the popover follows the button as the page shifts').toBeCloseTo(
    (shiftedButton?.y ?? 0) + target.height + 12,
    0,
  );
  await page.evaluate(() => document.querySelector('#arrived')?.remove());
  await settle(page);

  await page.getByRole('button', { name: 'Yes, send it' }).click();
  await page.getByRole('textbox', { name: 'Where should we send it?' }).fill(EMAIL);
  await page.keyboard.press('Escape');
  await settle(page);
  expect(await frameBox(page, '[popover]'), 'Escape closes it').toBeNull();
  expect(await deepActiveElement(page), 'focus returns to the button').toMatchObject({
    tag: 'button',
    text: 'Get the free guide',
  });

  await button.click();
  const email = page.getByRole('textbox', { name: 'Where should we send it?' });
  await email.waitFor();
  expect(await email.inputValue(), 'the answer survived closing').toBe(EMAIL);
  await shoot(page, 'popover-reopened');

  await finishFunnel(page, EMAIL);
  await shoot(page, 'popover-thanks');
  const leads = await leadsOf('popover-guide');
  expect(leads.map((lead) => lead.submission)).toEqual(['lead', 'final']);
  expect(leads[1]?.answers).toMatchObject({ email: EMAIL, name: 'Grace', role: 'Freelancer' });
  const names = await events(page);
  expect(names.filter((name) => name.startsWith('form_view'))).toEqual(['form_view:start']);
  expect(names).toEqual(expect.arrayContaining(['lead_capture:email', 'form_submit:about']));
  expectClean(watch);
});

test('the core script build shows a popover config as a modal, with one warning', async () => {
  const { page, watch } = await chromium.openPage({ viewport: VIEWPORT });
  const warnings = consoleMessages(page, 'warning');
  // The page as it would be with the wrong script tag.
  await page.route('**/dist/yesladder.popover.global.js', (route) => route.fulfill({ path: CORE_BUILD }));
  await page.goto(`${chromium.server.url}popover.html`);
  await page.getByRole('button', { name: 'Get the free guide' }).click();
  await page.getByRole('dialog').waitFor();
  await settle(page);
  expect(await frameBox(page, 'dialog')).not.toBeNull();
  expect(await frameBox(page, '[popover]')).toBeNull();
  const ours = warnings.filter((text) => text.startsWith('yesladder:'));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toContain('yesladder.popover.global.js');
  expectClean(watch);
});

test('the modal traps focus, locks scrolling, closes on Escape or the backdrop and hands focus back', async () => {
  const { page, watch } = await openPage('modal.html');
  const button = page.getByRole('button', { name: 'Get the free guide' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Get your free guide' });
  await dialog.waitFor();
  await settle(page);
  expect((await deepActiveElement(page)).text, 'focus moves to the step heading').toBe('Get your free guide');
  expect(await events(page)).toEqual(['form_view:start', 'step_view:start']);
  await shoot(page, 'modal-open');

  // The page behind is inert: Tab goes through the dialog's controls and, past the last one, to
  // the browser's own UI (nothing in the page, here `body`), then back to the dialog's first.
  const visited: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const host = document.querySelector('[data-yesladder-host]');
      if (document.activeElement === document.body || !document.activeElement) return 'outside the page';
      const inner = host?.shadowRoot?.activeElement;
      return document.activeElement === host && inner?.closest('dialog')
        ? (inner.getAttribute('aria-label') ?? inner.textContent)
        : 'PAGE';
    });
    visited.push(where);
  }
  expect(visited, 'Tab never reaches the page behind the modal').not.toContain('PAGE');
  expect(visited).toEqual([
    'Yes, send it',
    'Close',
    'outside the page',
    'Yes, send it',
    'Close',
    'outside the page',
  ]);

  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
  await page.mouse.wheel(0, 600);
  await settle(page);
  expect(await page.evaluate(() => window.scrollY), 'the page does not scroll behind the modal').toBe(0);

  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(await deepActiveElement(page)).toMatchObject({ tag: 'button', text: 'Get the free guide' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');

  await button.click();
  await dialog.waitFor();
  await page.mouse.click(20, 400);
  await dialog.waitFor({ state: 'hidden' });
  expect(await deepActiveElement(page)).toMatchObject({ tag: 'button', text: 'Get the free guide' });
  expectClean(watch);
});

test('the modal offers itself once a session at its scroll depth, and takes a person to the end', async () => {
  const { page, watch } = await openPage('modal.html');
  const dialog = page.getByRole('dialog');
  const depth = () =>
    page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.7));
  await page.evaluate(() => window.scrollTo(0, 200));
  await settle(page);
  expect(await dialog.isVisible(), 'not before 60% of the page').toBe(false);
  await depth();
  await dialog.waitFor();
  await shoot(page, 'modal-scroll');
  await page.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await page.evaluate(() => window.scrollTo(0, 0));
  await depth();
  await settle(page);
  expect(await dialog.isVisible(), 'not twice in a page view').toBe(false);
  await page.reload();
  await page.getByRole('button', { name: 'Get the free guide' }).waitFor();
  await depth();
  await settle(page);
  expect(await dialog.isVisible(), 'not again in the same session').toBe(false);

  await page.getByRole('button', { name: 'Get the free guide' }).click();
  await dialog.waitFor();
  await finishFunnel(page, EMAIL);
  await shoot(page, 'modal-thanks');
  const leads = await leadsOf('modal-guide');
  expect(leads.map((lead) => lead.submission)).toEqual(['lead', 'final']);
  expect(await events(page)).toEqual(
    expect.arrayContaining(['form_view:start', 'lead_capture:email', 'form_submit:about']),
  );
  expectClean(watch);
});
