// How yesladder grows with the form: one load of a generated form (bench/pages/scale.js),
// then a real click through every step to the thanks step, timing each transition.
import { evaluate, memoryAfterGc, openProbedPage, prepareClick } from './page-session.mjs';

/** One frame at 60 Hz: a transition longer than this drops a frame. */
export const FRAME_MS = 1000 / 60;

/** Clicks `button` with real mouse input and resolves with the transition to the step headed `heading`. */
async function transition(page, cdp, button, heading) {
  const click = await prepareClick(page, button);
  await evaluate(cdp, `window.__bench.armClick(${JSON.stringify(heading)})`);
  await click();
  return evaluate(cdp, 'window.__bench.transition');
}

/**
 * Loads `scale.html?query` in a fresh context (no CPU throttling: the scale figures are for
 * desktop) and clicks through it: the choice step first when there is one (its middle option),
 * then "Continue" on every part, fields left empty (they are optional).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the page with its query
 */
export async function measureScale(browser, url) {
  const { context, page, cdp } = await openProbedPage(browser, 1);
  try {
    await page.goto(url);
    const scale = await evaluate(cdp, 'window.__scale.firstPaint.then(() => window.__scale)');
    if (scale.error) throw new Error(`yesladder bench: the generated form did not mount: ${scale.error}`);
    const { heap, nodes } = await memoryAfterGc(cdp);

    const transitions = [];
    if (scale.options) {
      const middle = `Option ${Math.ceil(scale.options / 2)}`;
      const option = page.getByRole('button', { name: middle, exact: true });
      transitions.push(await transition(page, cdp, option, 'Part 1'));
    }
    const next = page.getByRole('button', { name: 'Continue', exact: true });
    for (let i = 1; i <= scale.steps; i++) {
      transitions.push(await transition(page, cdp, next, i < scale.steps ? `Part ${i + 1}` : 'All done'));
    }
    const longTasks = await evaluate(cdp, 'window.__bench.longTasks');
    const firstClick = transitions[0]?.start ?? Number.POSITIVE_INFINITY;
    return {
      steps: scale.steps,
      fields: scale.fields,
      options: scale.options,
      bytes: scale.bytes,
      mount: scale.mounted - scale.start,
      firstPaint: scale.painted - scale.start,
      renderedInMount: scale.renderedInMount,
      heap,
      nodes,
      work: transitions.map((t) => t.work),
      painted: transitions.map((t) => t.painted),
      longTasksLoad: longTasks.filter((task) => task.start < firstClick).length,
      longTasksTransitions: longTasks.filter((task) => task.start >= firstClick).length,
    };
  } finally {
    await context.close();
  }
}
