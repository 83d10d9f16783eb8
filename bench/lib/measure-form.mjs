// One sample of the two-step form: a fresh context, the page loaded and measured at step 1,
// then a valid email typed and a real click on the button, timed until step 2 is painted.
import { evaluate, memoryAfterGc, openProbedPage, prepareClick } from './page-session.mjs';
import { readTrace, startTrace } from './trace.mjs';

/** What both bench pages show, so one script drives either. */
export const FORM = {
  emailLabel: 'Where should we send it?',
  email: 'ada@example.com',
  button: 'Send it to me',
  nextHeading: 'Help us tailor it',
};

/** Long-task entries arrive after their task; this leaves the observer time to receive them. */
const SETTLE_MS = 250;

const blocking = (tasks) => tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

/**
 * Measures one load of `url` and its first transition. Two traces: the load (until the first
 * field is painted) and the transition (from just before the click until step 2 is painted);
 * the typing between them is in neither.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, origin: string, throttle: number }} options
 */
export async function measureForm(browser, { url, origin, throttle }) {
  const { context, page, cdp } = await openProbedPage(browser, throttle);
  try {
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    const loadTrace = await startTrace(cdp);
    await page.goto(url);
    const firstField = await evaluate(cdp, 'window.__bench.firstField');
    const load = readTrace(await loadTrace.stop(), origin);
    const step1 = await memoryAfterGc(cdp);

    await page.getByLabel(FORM.emailLabel).fill(FORM.email);
    const click = await prepareClick(page, page.getByRole('button', { name: FORM.button }));
    await evaluate(cdp, `window.__bench.armClick(${JSON.stringify(FORM.nextHeading)})`);
    const clickTrace = await startTrace(cdp);
    await click();
    const transition = await evaluate(cdp, 'window.__bench.transition');
    await page.waitForTimeout(SETTLE_MS);
    const next = readTrace(await clickTrace.stop(), origin);
    const longTasks = await evaluate(cdp, 'window.__bench.longTasks');
    if (errors.length > 0) throw new Error(`yesladder bench: ${url} logged errors: ${errors.join(' | ')}`);

    const before = longTasks.filter((task) => task.start < transition.start);
    const after = longTasks.filter((task) => task.start >= transition.start);
    return {
      evaluate: load.evaluate,
      scriptToStep1: load.script,
      firstField,
      heap: step1.heap,
      nodes: step1.nodes,
      step2Painted: transition.painted,
      step2Work: transition.work,
      inputDelay: transition.inputDelay,
      scriptTransition: next.script,
      ownLongTasksLoad: load.ownLongTasks,
      ownLongTasksTransition: next.ownLongTasks,
      longTasksLoad: before.length,
      longTasksTransition: after.length,
      blockingTime: blocking(longTasks),
      reachedStep2: true,
      longTasks,
    };
  } finally {
    await context.close();
  }
}

/**
 * The script-tag build's evaluation alone: a page that loads it with no form to mount
 * (bench/pages/script-only.html), so the top level's cost shows apart from the first render.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, origin: string, throttle: number }} options
 */
export async function measureScriptOnly(browser, { url, origin, throttle }) {
  const { context, page, cdp } = await openProbedPage(browser, throttle);
  try {
    const trace = await startTrace(cdp);
    await page.goto(url);
    await evaluate(cdp, 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    const { evaluate: evaluation } = readTrace(await trace.stop(), origin);
    const { heap } = await memoryAfterGc(cdp);
    return { evaluate: evaluation, heap };
  } finally {
    await context.close();
  }
}
