import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectClean, settle, setupChromium } from './harness';

// The visual parts of WCAG 2.2 AA, measured in Chromium at every step of the demo funnel
// (examples/index.html's config) in the widget's own default theme, light and dark: target size (2.5.8), reflow at 320 CSS px (1.4.10), a visible
// focus indicator (2.4.7, 1.4.11), text contrast (1.4.3) in the light and dark themes, and
// prefers-reduced-motion. Screenshots go to test/.artifacts/a11y/ for a person to look at.

const SHOTS = fileURLToPath(new URL('../../test/.artifacts/a11y', import.meta.url));
const EMAIL = 'ada.lovelace@example.com';
const chromium = setupChromium();

// The demo's config on a bare page: no `--yl-*` overrides, so the built-in themes are measured.
const DEMO = readFileSync(fileURLToPath(new URL('../../examples/index.html', import.meta.url)), 'utf8');
const CONFIG = DEMO.match(/<script type="application\/json" id="guide-config">([\s\S]*?)<\/script>/)?.[1];
const BARE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>yesladder default theme</title>
<script type="application/json" id="guide-config">${CONFIG}</script>
<script src="/dist/yesladder.global.js" defer data-config="#guide-config" data-target="#form"></script>
</head><body><main><h1>The default theme</h1><div id="form"></div></main></body></html>`;

// Runs in the page (a string, so nothing the test's transform adds reaches it). Walks our
// open shadow root; colours are parsed from computed `rgb()`/`rgba()` values.
const IN_PAGE = String.raw`(() => {
  const root = () => document.querySelector('[data-yesladder-host]').shadowRoot;
  const rgba = (value) => {
    const m = value.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
    if (!m) throw new Error('unparsed colour: ' + value);
    return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
  };
  const over = (top, below) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(1);
  };
  // The colour behind an element: its own and its ancestors' backgrounds (across the shadow
  // boundary) composited over the page's white canvas.
  const backgroundOf = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] === 1) break;
    }
    return layers.reduceRight((below, top) => over(top, below), [255, 255, 255, 1]);
  };
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const visible = (element) =>
    element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
    !element.closest('.yl-hp, .yl-sr') && element.getBoundingClientRect().width > 1;
  const name = (element) =>
    element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ').join('.') : '') +
    ' "' + (element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 30) + '"';
  window.__yla = {
    // Targets smaller than 24x24; an inline link in a sentence is exempt (2.5.8 "inline").
    smallTargets() {
      const controls = root().querySelectorAll('button, input, select, textarea, a[href], [role=radio], [role=option], [tabindex]:not([tabindex="-1"])');
      return [...controls].filter(visible).filter((c) => !(c.tagName === 'A' && c.closest('p')))
        .map((c) => ({ control: name(c), width: c.getBoundingClientRect().width, height: c.getBoundingClientRect().height }))
        .filter((t) => t.width < 24 || t.height < 24);
    },
    controlCount() {
      return [...root().querySelectorAll('button, input, a[href]')].filter(visible).length;
    },
    // Every visible text node's element with its contrast against what is behind it.
    textContrasts() {
      const walker = document.createTreeWalker(root(), NodeFilter.SHOW_TEXT);
      const rows = [];
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const element = text.parentElement;
        if (!text.data.trim() || !element || !visible(element)) continue;
        const style = getComputedStyle(element);
        const bg = backgroundOf(element);
        rows.push({ text: text.data.trim().slice(0, 30), ratio: +contrast(over(rgba(style.color), bg), bg).toFixed(2) });
      }
      return rows;
    },
    // The focused element's outline and its contrast against the colour around it.
    focusRing() {
      let element = document.activeElement;
      while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
      const style = getComputedStyle(element);
      const around = backgroundOf(element.parentElement);
      return {
        control: name(element),
        focusVisible: element.matches(':focus-visible'),
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        ratio: style.outlineStyle === 'none' ? 0 : +contrast(rgba(style.outlineColor), around).toFixed(2),
      };
    },
    formBackground() {
      return getComputedStyle(root().querySelector('.yl')).backgroundColor;
    },
    outlineWhenBlurred(selector) {
      return getComputedStyle(root().querySelector(selector)).outlineStyle;
    },
    overflow() {
      const doc = document.documentElement;
      const form = root().querySelector('.yl');
      return { page: doc.scrollWidth - doc.clientWidth, form: form.scrollWidth - form.clientWidth,
        outside: [...root().querySelectorAll('*')].filter(visible).filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 0.5).map(name) };
    },
    motion() {
      return [...root().querySelectorAll('*')].map((e) => {
        const s = getComputedStyle(e);
        return { element: name(e), transition: s.transitionDuration, animation: s.animationName };
      }).filter((m) => m.transition.split(',').some((d) => parseFloat(d) > 0) || m.animation !== 'none');
    },
  };
})()`;

type Check<T> = () => Promise<T>;
const inPage =
  <T>(page: Page, method: string, arg?: string): Check<T> =>
  async () => {
    if (!(await page.evaluate(() => '__yla' in window))) await page.evaluate(IN_PAGE);
    type Library = Record<string, (selector?: string) => T>;
    return page.evaluate(([m, a]) => (window as unknown as { __yla: Library }).__yla[m]?.(a) as T, [
      method,
      arg,
    ] as const) as Promise<T>;
  };

interface Options {
  width?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** The bare page (built-in theme), or with `demo` the demo page and its own `--yl-*` theme. */
async function openDemo(
  { width = 1200, colorScheme = 'light', reducedMotion = 'no-preference' }: Options = {},
  demo = false,
) {
  if (!CONFIG) throw new Error('examples/index.html has no #guide-config script');
  const opened = await chromium.openPage({ viewport: { width, height: 800 }, colorScheme, reducedMotion });
  const bare = new URL('/a11y-default-theme.html', chromium.server.url).href;
  await opened.page.route(bare, (route) => route.fulfill({ contentType: 'text/html', body: BARE_PAGE }));
  await opened.page.goto(demo ? chromium.server.url : bare);
  await opened.page.getByRole('button', { name: 'Get the guide' }).waitFor();
  return opened;
}

/** Walks the demo funnel, calling `check(state)` at the call to action, each step, the error and thanks. */
async function eachStep(page: Page, check: (state: string) => Promise<void>): Promise<void> {
  await settle(page);
  await check('call-to-action step');
  await page.getByRole('button', { name: 'Get the guide' }).click();
  const email = page.getByRole('textbox', { name: 'Where should we send it?' });
  await email.waitFor();
  await settle(page);
  await check('email step');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
  await settle(page);
  await check('email step, error state');
  await email.fill(EMAIL);
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByRole('heading', { name: 'Help us tailor it' }).waitFor();
  await page.getByRole('radio', { name: 'Freelancer' }).check();
  await settle(page);
  await check('about step');
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  await settle(page);
  await check('thanks step');
}

const shot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.locator('[data-yesladder-host]').screenshot({ path: `${SHOTS}/${name}.png` });
};

test('every control of every step is a target of at least 24×24 CSS px', async () => {
  const { page, watch } = await openDemo();
  const measured: number[] = [];
  await eachStep(page, async (state) => {
    measured.push(await inPage<number>(page, 'controlCount')());
    expect(await inPage(page, 'smallTargets')(), state).toEqual([]);
  });
  expect(measured.every((count) => count > 0)).toBe(true);
  expectClean(watch);
});

test('the form reflows at 320 CSS px wide with no horizontal scrolling', async () => {
  const { page, watch } = await openDemo({ width: 320 });
  await eachStep(page, async (state) => {
    expect(await inPage(page, 'overflow')(), state).toEqual({ page: 0, form: 0, outside: [] });
    if (state === 'about step' || state === 'email step, error state')
      await shot(page, `reflow-320-${state.replace(/\W+/g, '-')}`);
  });
  expectClean(watch);
});

test('every text on every step of the demo page’s own theme has a contrast of at least 4.5:1', async () => {
  const { page, watch } = await openDemo({}, true);
  await eachStep(page, async (state) => {
    const rows = await inPage<{ text: string; ratio: number }[]>(page, 'textContrasts')();
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.filter((row) => row.ratio < 4.5),
      state,
    ).toEqual([]);
  });
  expectClean(watch);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every text on every step has a contrast of at least 4.5:1 in the ${colorScheme} theme`, async () => {
    const { page, watch } = await openDemo({ colorScheme });
    expect(await inPage(page, 'formBackground')(), 'the theme the color scheme asks for').toBe(
      colorScheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)',
    );
    let texts = 0;
    await eachStep(page, async (state) => {
      const rows = await inPage<{ text: string; ratio: number }[]>(page, 'textContrasts')();
      texts += rows.length;
      expect(
        rows.filter((row) => row.ratio < 4.5),
        state,
      ).toEqual([]);
      if (state === 'email step, error state' || state === 'about step')
        await shot(page, `${colorScheme}-${state.replace(/\W+/g, '-')}`);
    });
    expect(texts).toBeGreaterThan(10);
    expectClean(watch);
  });

  test(`keyboard focus shows an outline of 3:1 contrast on each control in the ${colorScheme} theme`, async () => {
    const { page, watch } = await openDemo({ colorScheme });
    await page.getByRole('button', { name: 'Get the guide' }).click();
    const email = page.getByRole('textbox', { name: 'Where should we send it?' });
    await email.waitFor();
    await settle(page);
    expect(await inPage(page, 'outlineWhenBlurred', '.yl-btn')(), 'no ring without focus').toBe('none');
    const rings: { control: string; focusVisible: boolean; style: string; width: number; ratio: number }[] =
      [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      await settle(page);
      const ring = await inPage<(typeof rings)[number]>(page, 'focusRing')();
      rings.push(ring);
      if (ring.control.startsWith('button.yl-btn')) await shot(page, `${colorScheme}-focus`);
    }
    const ours = rings.filter((ring) => /^(input|button)\.yl/.test(ring.control));
    expect(ours.length, JSON.stringify(rings)).toBeGreaterThanOrEqual(2);
    for (const ring of ours) {
      expect(ring.focusVisible, ring.control).toBe(true);
      expect(ring.style, ring.control).toBe('solid');
      expect(ring.width, ring.control).toBeGreaterThanOrEqual(2);
      expect(ring.ratio, ring.control).toBeGreaterThanOrEqual(3);
    }
    expectClean(watch);
  });
}

test('prefers-reduced-motion: reduce leaves no transition or animation running', async () => {
  const moving = await openDemo();
  await moving.page.getByRole('button', { name: 'Get the guide' }).click();
  await settle(moving.page);
  expect(
    (await inPage<{ element: string }[]>(moving.page, 'motion')()).length,
    'the progress bar animates without the preference',
  ).toBeGreaterThan(0);

  const { page, watch } = await openDemo({ reducedMotion: 'reduce' });
  await eachStep(page, async (state) => {
    expect(await inPage(page, 'motion')(), state).toEqual([]);
  });
  expectClean(watch);
  expectClean(moving.watch);
});
