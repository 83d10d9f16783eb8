import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { consoleMessages, expectClean, setupChromium } from './harness';
import { poll } from './poll';

// A landing page at war with everything (test/e2e/hostile/): `* { all: unset }`, hidden inputs
// and buttons, a 40px root font, leaking text styles; `window.YesLadder` taken, UMD's `define`
// and `module`, enumerable Array and Object prototype additions; the script tag pasted twice
// and a second form's tag. Both forms render and work, and the page's own nodes are unchanged.

const HOSTILE = fileURLToPath(new URL('./hostile/', import.meta.url));
const chromium = setupChromium({ static: [{ prefix: '/hostile/', dir: HOSTILE }] });

/**
 * The page's own DOM and a few computed styles: every node outside our host elements,
 * without the `data-yesladder-mounted` marker yesladder documents on the tags it mounted.
 */
function snapshot(page: Page) {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('[data-yesladder-host]')) host.remove();
    for (const marked of clone.querySelectorAll('[data-yesladder-mounted]')) {
      marked.removeAttribute('data-yesladder-mounted');
    }
    const styles: Record<string, Record<string, string>> = {};
    for (const selector of [
      'html',
      'body',
      '#headline',
      '#own-button',
      '#own-input',
      '.page-card',
      '#footer',
    ]) {
      const style = getComputedStyle(document.querySelector(selector) as Element);
      // The page grows by the forms' height; its own elements keep their size.
      const names = [
        'display',
        'visibility',
        'font-size',
        'font-family',
        'color',
        'margin',
        'padding',
        'width',
        'height',
      ].filter((name) => name !== 'height' || (selector !== 'html' && selector !== 'body'));
      styles[selector] = Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
    }
    return { html: clone.outerHTML, styles };
  });
}

test('renders two working forms on a hostile page and leaves its own nodes and globals as they were', async () => {
  // The page without yesladder: its own nodes and styles, as they are before any mount.
  const bare = await chromium.openPage({ viewport: { width: 1280, height: 900 } });
  await bare.page.route('**/dist/yesladder.global.js', (route) => route.abort());
  await bare.page.goto(`${chromium.server.url}hostile/`);
  const before = await snapshot(bare.page);

  const { page, watch } = await chromium.openPage({ viewport: { width: 1280, height: 900 } });
  const warnings = consoleMessages(page, 'warning');
  await page.goto(`${chromium.server.url}hostile/`);

  // Three copies of the script, two forms: one in each target, none twice.
  const cta = page.getByRole('button', { name: 'Get the guide' });
  await cta.waitFor();
  await page.getByRole('heading', { name: 'Join the newsletter' }).waitFor();
  expect(await page.locator('#guide-form [data-yesladder-host]').count()).toBe(1);
  expect(await page.locator('#newsletter-form [data-yesladder-host]').count()).toBe(1);
  expect(await snapshot(page), 'the page is as it was without yesladder').toEqual(before);

  // The page's globals are its own: its YesLadder kept, UMD never used, prototypes untouched.
  expect(
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { module: { exports: object } };
      const bar = Object.getOwnPropertyDescriptor(Object.prototype, 'bar');
      return {
        YesLadder: w.YesLadder,
        yesladder: typeof w.yesladder,
        defineCalls: w.defineCalls,
        moduleExports: Object.keys(w.module.exports),
        bar: bar?.enumerable && bar.value,
        foo: Object.getOwnPropertyDescriptor(Array.prototype, 'foo')?.enumerable,
      };
    }),
  ).toEqual({
    YesLadder: 'taken',
    yesladder: 'function',
    defineCalls: undefined,
    moduleExports: [],
    bar: 'bar',
    foo: true,
  });
  expect(warnings.filter((text) => text.includes('window.YesLadder'))).toHaveLength(1);

  // The widget is visible and usable although the page hides every input and button it styles.
  await cta.click();
  const email = page.getByLabel('Where should we send it?');
  await email.fill('ada@example.com');
  const newsletterEmail = page.getByLabel('Your email');
  await newsletterEmail.fill('grace@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  // The page's `Object.prototype.required = true` makes no optional field required.
  expect(await page.getByLabel('Phone (optional)').getAttribute('aria-required')).toBeNull();
  await page.getByLabel('Your name').fill('Ada');
  await page.getByRole('radio', { name: 'Freelancer' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  expect(await newsletterEmail.inputValue(), 'typing in one form never reaches the other').toBe(
    'grace@example.com',
  );
  await page.getByLabel('Topic').selectOption('Code');
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('heading', { name: 'You are in!' }).waitFor();

  const leads = await poll(
    () => chromium.server.received.leads as { form_id: string; submission: string; answers: object }[],
    (received) => received.length >= 3,
  );
  const byForm = (id: string) => leads.filter((lead) => lead.form_id === id);
  expect(byForm('guide').map((lead) => lead.submission)).toEqual(['lead', 'final']);
  expect(byForm('guide').at(-1)?.answers).toEqual({
    email: 'ada@example.com',
    name: 'Ada',
    role: 'Freelancer',
  });
  expect(byForm('newsletter').map((lead) => [lead.submission, lead.answers])).toEqual([
    ['final', { email: 'grace@example.com', topic: 'Code' }],
  ]);

  // Each form's events carry its own form and session; the sessions differ.
  const heard = await page.evaluate(
    () => (window as unknown as { heard: { form_id: string; session_id: string; step_id: string }[] }).heard,
  );
  const sessions = (id: string) => new Set(heard.filter((e) => e.form_id === id).map((e) => e.session_id));
  expect(sessions('guide').size).toBe(1);
  expect(sessions('newsletter').size).toBe(1);
  expect([...sessions('guide')][0]).not.toBe([...sessions('newsletter')][0]);
  const guideSteps = new Set(heard.filter((e) => e.form_id === 'guide').map((e) => e.step_id));
  expect([...guideSteps].every((step) => ['start', 'email', 'about', 'thanks'].includes(step))).toBe(true);
  const newsletterSteps = new Set(heard.filter((e) => e.form_id === 'newsletter').map((e) => e.step_id));
  expect([...newsletterSteps].every((step) => ['join', 'done'].includes(step))).toBe(true);

  // After all that the page's nodes and styles are still its own, and its own script still runs.
  const after = await snapshot(page);
  expect(after.styles).toEqual(before.styles);
  expect(after.html).toBe(before.html);
  await page.locator('#own-button').click();
  await expect.poll(() => page.locator('#own-button').textContent()).toBe('Clicked 1');
  expectClean(watch);
});

test('keeps its own text styles when the page sets inherited ones on every div', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}hostile/`);
  const heading = page.getByRole('heading', { name: 'Join the newsletter' });
  await heading.waitFor();
  const style = await heading.evaluate((element) => {
    const s = getComputedStyle(element);
    return {
      transform: s.textTransform,
      spacing: s.letterSpacing,
      align: s.textAlign,
      whiteSpace: s.whiteSpace,
    };
  });
  expect(style).toEqual({ transform: 'none', spacing: 'normal', align: 'start', whiteSpace: 'normal' });
  const box = await page.getByLabel('Your email').boundingBox();
  expect(box?.width, 'the page hides every input; ours shows').toBeGreaterThan(100);
  expectClean(watch);
});
