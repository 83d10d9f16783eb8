// One sample of the two-step form: a fresh context, the page loaded and measured at step 1,
// then a valid email typed key by key and a real click on the button, timed until step 2 is
// painted.
import { evaluate, memoryAfterGc, openProbedPage, prepareClick } from './page-session.mjs';
import { readTrace, startTrace } from './trace.mjs';

/** What both bench pages show, so one script drives either. */
export const FORM = {
  emailLabel: 'Where should we send it?',
  email: 'ada@example.com',
  button: 'Send it to me',
  nextHeading: 'Help us tailor it',
  /**
   * Between two keys, in ms: a fast typist's pace. The email is typed as a person types it,
   * with real key events, not set at once: both pages get the time a person gives them.
   */
  keyDelay: 30,
};

/** Long-task entries arrive after their task; this leaves the observer time to receive them. */
const SETTLE_MS = 250;

const blocking = (tasks) => tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

/**
 * Resolves once the split build's runtime has replaced the first script's queue function with
 * the full API: it installs `window.yesladder` and takes the painted forms over in the same
 * task, so from then on the page is in its steady state, as the one-file build's is once it
 * has run. Checked once an animation frame, as the probe reads the page, through CDP (no script
 * of Playwright's in the page before the heap is read).
 */
const RUNTIME_TAKEN_OVER = `new Promise((done) => {
  const check = () => (typeof window.yesladder?.mount === 'function' ? done() : requestAnimationFrame(check));
  check();
})`;

/**
 * The trace's reading for `url`'s scripts; with `runtime` (the path the split build's runtime
 * is loaded from), that script's too, which must have been evaluated by then.
 */
function readScripts(events, { url, origin, runtime }) {
  if (!runtime) return readTrace(events, { origin });
  const runtimeUrl = new URL(runtime, origin).href;
  const figures = readTrace(events, { origin, pageUrl: url, runtimeUrl });
  if (figures.runtimeEvaluate === null || figures.runtimeTakenOver === null) {
    throw new Error(
      `yesladder bench: the trace of ${url} holds no evaluation of ${runtimeUrl} or no navigation start.`,
    );
  }
  return figures;
}

/** Waits for the split build's runtime to take over when the page loads one. */
async function untilTakenOver(cdp, runtime) {
  if (runtime) await evaluate(cdp, RUNTIME_TAKEN_OVER);
}

/**
 * Measures one load of `url` and its first transition. Two traces: the load (until the first
 * field is painted, and with a `runtime`, until the split build's runtime has taken over) and
 * the transition (from just before the click until step 2 is painted); the typing between them
 * is in neither. The heap, the typing and the click all come after the runtime took over.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, origin: string, throttle: number, runtime?: string }} options
 */
export async function measureForm(browser, { url, origin, throttle, runtime }) {
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
    await untilTakenOver(cdp, runtime);
    const load = readScripts(await loadTrace.stop(), { url, origin, runtime });
    const step1 = await memoryAfterGc(cdp);

    await page.getByLabel(FORM.emailLabel).pressSequentially(FORM.email, { delay: FORM.keyDelay });
    const click = await prepareClick(page, page.getByRole('button', { name: FORM.button }));
    await evaluate(cdp, `window.__bench.armClick(${JSON.stringify(FORM.nextHeading)})`);
    const clickTrace = await startTrace(cdp);
    await click();
    const transition = await evaluate(cdp, 'window.__bench.transition');
    await page.waitForTimeout(SETTLE_MS);
    const next = readTrace(await clickTrace.stop(), { origin });
    const longTasks = await evaluate(cdp, 'window.__bench.longTasks');
    if (errors.length > 0) throw new Error(`yesladder bench: ${url} logged errors: ${errors.join(' | ')}`);

    const before = longTasks.filter((task) => task.start < transition.start);
    const after = longTasks.filter((task) => task.start >= transition.start);
    return {
      evaluate: load.evaluate,
      runtimeEvaluate: load.runtimeEvaluate ?? null,
      scriptToStep1: load.script,
      firstField,
      runtimeTakenOver: load.runtimeTakenOver ?? null,
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
 * The build's evaluation alone: a page that loads it with no form to mount
 * (bench/pages/script-only.html, script-only-split.html), so the top level's cost shows apart
 * from the first render. The split build's first script, with nothing to paint, loads its
 * runtime at once; the heap is read once that has taken over, and its evaluation is kept too.
 * That request is made from yesladder.js's top level, and in the trace V8 then collects the
 * whole script's source positions inside its evaluation (the request's initiator stack, which
 * DevTools records as Playwright has the Network domain on): some ms a visitor's browser does
 * not spend. On the form page the request comes later, from an idle callback, with no such cost.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, origin: string, throttle: number, runtime?: string }} options
 */
export async function measureScriptOnly(browser, { url, origin, throttle, runtime }) {
  const { context, page, cdp } = await openProbedPage(browser, throttle);
  try {
    const trace = await startTrace(cdp);
    await page.goto(url);
    await untilTakenOver(cdp, runtime);
    await evaluate(cdp, 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    const scripts = readScripts(await trace.stop(), { url, origin, runtime });
    const { heap } = await memoryAfterGc(cdp);
    return { evaluate: scripts.evaluate, runtimeEvaluate: scripts.runtimeEvaluate ?? null, heap };
  } finally {
    await context.close();
  }
}
