import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectClean, setupChromium } from './harness';
import { poll } from './poll';

// examples/index.html (the core script build, no `locale` in its config) opened by a browser
// whose language is Arabic, then English: the form follows navigator.language, and in Arabic
// its text, progress bar and buttons are laid out right to left.

const SHOTS = process.env.YESLADDER_SCREENSHOTS;
const chromium = setupChromium();

interface Box {
  left: number;
  right: number;
}

/** Where the form's parts are, after "Get the guide" (step 2 of 3: an email field, Back and the button). */
async function secondStep(page: Page, continueLabel: string) {
  await page.goto(chromium.server.url);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByRole('button', { name: continueLabel }).waitFor();
  // The bar grows with a transition: measure once it has arrived at 2 of 3.
  await poll(
    () =>
      page.evaluate(() => {
        const yl = document.querySelector('[data-yesladder-host]')?.shadowRoot;
        const bar = yl?.querySelector('.yl-bar')?.getBoundingClientRect();
        const fill = yl?.querySelector('.yl-bar i')?.getBoundingClientRect();
        return bar && fill ? fill.width / bar.width : 0;
      }),
    (ratio) => Math.abs(ratio - 2 / 3) < 0.01,
  );
  return page.evaluate(() => {
    const host = document.querySelector('[data-yesladder-host]') as HTMLElement;
    const root = host.shadowRoot as ShadowRoot;
    const box = (element: Element | null): Box => {
      const { left, right } = (element as Element).getBoundingClientRect();
      return { left, right };
    };
    /** The box of an element's text itself, not of the block holding it. */
    const textBox = (element: Element | null): Box => {
      const range = document.createRange();
      range.selectNodeContents(element as Element);
      const { left, right } = range.getBoundingClientRect();
      return { left, right };
    };
    const yl = root.querySelector('.yl') as HTMLElement;
    const progress = root.querySelector('.yl-progress-text');
    const label = root.querySelector('label');
    return {
      lang: host.lang,
      dir: host.dir,
      direction: getComputedStyle(yl).direction,
      progressText: progress?.textContent,
      progress: box(progress),
      progressWords: textBox(progress),
      label: box(label),
      labelWords: textBox(label),
      bar: box(root.querySelector('.yl-bar')),
      fill: box(root.querySelector('.yl-bar i')),
      // In the DOM the step's button comes first, then Back.
      button: box(root.querySelector('.yl-actions .yl-btn')),
      back: box(root.querySelector('.yl-actions .yl-back')),
      // The page themes the accent: the fill's own colour, as [r, g, b].
      fillColor: (
        getComputedStyle(root.querySelector('.yl-bar i') as Element).backgroundColor.match(/\d+/g) ?? []
      )
        .map(Number)
        .slice(0, 3),
    };
  });
}

/** Which pixel columns of a PNG's middle row are `rgb` (±24 each), decoded by Chromium on a blank page. */
async function columnsOf(browser: Browser, png: Buffer, rgb: number[]): Promise<boolean[]> {
  const blank = await browser.newPage();
  try {
    return await blank.evaluate(
      async ([base64, color]) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        const row = context.getImageData(0, Math.floor(image.height / 2), image.width, 1).data;
        return Array.from({ length: image.width }, (_, x) => {
          return color.every((value, i) => Math.abs((row[x * 4 + i] ?? 0) - value) <= 24);
        });
      },
      [png.toString('base64'), rgb] as const,
    );
  } finally {
    await blank.close();
  }
}

const share = (columns: boolean[], from: number, to: number) => {
  const part = columns.slice(Math.floor(columns.length * from), Math.floor(columns.length * to));
  return part.filter(Boolean).length / part.length;
};

test('an Arabic browser gets the form in Arabic, right to left: text, progress and buttons mirrored', async () => {
  const { page, watch } = await chromium.openPage({ locale: 'ar', viewport: { width: 900, height: 900 } });
  const rtl = await secondStep(page, 'رجوع');

  expect(rtl).toMatchObject({ lang: 'ar', dir: 'rtl', direction: 'rtl', progressText: 'الخطوة 2 من 3' });
  // Text hugs the right edge of its block.
  expect(Math.abs(rtl.progressWords.right - rtl.progress.right)).toBeLessThan(1);
  expect(rtl.progressWords.left - rtl.progress.left).toBeGreaterThan(50);
  expect(Math.abs(rtl.labelWords.right - rtl.label.right)).toBeLessThan(1);
  // The bar fills from the right.
  expect(Math.abs(rtl.fill.right - rtl.bar.right)).toBeLessThan(1);
  expect(rtl.fill.left - rtl.bar.left).toBeGreaterThan(50);
  // The step's button is on the right, Back to its left.
  expect(rtl.button.left).toBeGreaterThan(rtl.back.right);

  // The same, as pixels: the third of the bar that is still to go is on the left.
  const columns = await columnsOf(
    chromium.browser,
    await page.locator('.yl-bar').screenshot(),
    rtl.fillColor,
  );
  expect(share(columns, 0.7, 1)).toBeGreaterThan(0.95);
  expect(share(columns, 0, 0.3)).toBe(0);
  if (SHOTS) await page.locator('[data-yesladder-host]').screenshot({ path: `${SHOTS}/rtl-ar-step-2.png` });
  expectClean(watch);
});

test('an English browser gets the same form left to right, the mirror image', async () => {
  const { page, watch } = await chromium.openPage({ locale: 'en-US', viewport: { width: 900, height: 900 } });
  const ltr = await secondStep(page, 'Back');

  expect(ltr).toMatchObject({ lang: 'en-US', dir: 'ltr', direction: 'ltr', progressText: 'Step 2 of 3' });
  expect(Math.abs(ltr.progressWords.left - ltr.progress.left)).toBeLessThan(1);
  expect(Math.abs(ltr.fill.left - ltr.bar.left)).toBeLessThan(1);
  expect(ltr.back.left).toBeGreaterThan(ltr.button.right);

  const columns = await columnsOf(
    chromium.browser,
    await page.locator('.yl-bar').screenshot(),
    ltr.fillColor,
  );
  expect(share(columns, 0, 0.3)).toBeGreaterThan(0.95);
  expect(share(columns, 0.7, 1)).toBe(0);
  if (SHOTS) await page.locator('[data-yesladder-host]').screenshot({ path: `${SHOTS}/rtl-en-step-2.png` });
  expectClean(watch);
});
