// A page for one bench sample: a fresh browser context (empty HTTP cache, code cache and
// storage) holding one page with the probe installed, CPU throttled, and its CDP session.
// Playwright gives a page no life outside its context, so "a fresh context per sample" is a
// new context and page, closed after; the browser is launched once and headless shows no
// window, so no browser UI process starts per sample.
import { readFileSync } from 'node:fs';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const VIEWPORT = { width: 1280, height: 800 };
const ANSWER_TIMEOUT_MS = 20_000;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {number} throttle CPU slowdown (1 = none)
 */
export async function openProbedPage(browser, throttle) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Set before the navigation: Chromium keeps it for the target in the renderer it commits in.
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}

/** `promise`, or a rejection saying `what` gave no answer within `timeout` ms. */
export async function withTimeout(promise, what, timeout = ANSWER_TIMEOUT_MS) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`yesladder bench: ${what} gave no answer within ${timeout} ms.`)),
      timeout,
    );
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Evaluates `expression` in the page's main world through CDP, which injects no helper script
 * (the heap figures stay the page's own), awaiting a promise; rejects after `timeout` ms.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function evaluate(cdp, expression, timeout = ANSWER_TIMEOUT_MS) {
  const { result, exceptionDetails } = await withTimeout(
    cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }),
    `the page, asked for ${expression},`,
    timeout,
  );
  if (exceptionDetails) {
    throw new Error(`yesladder bench: ${expression} threw in the page: ${exceptionDetails.text}`);
  }
  return result.value;
}

/**
 * JS heap in use after two forced collections (the first can leave finalizers for the second)
 * and the renderer's DOM node count (every node: elements, text, shadow roots' content).
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function memoryAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes };
}

/**
 * Scrolls `locator` into view and returns a function that clicks its centre with raw mouse
 * input (press and release, as a person's click reaches Chromium), without Playwright's
 * actionability checks and hit-target listeners, which would run in the page during the
 * measured transition.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} locator
 */
export async function prepareClick(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`yesladder bench: ${locator} is not on screen; nothing to click.`);
  return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
