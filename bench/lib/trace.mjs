// A Chromium trace of one sample, and what the bench reads from it: the main-thread time of
// the page's own scripts and the long tasks they ran in. Marks around a script tag would
// include a rendered frame; the trace's own events do not.
import { withTimeout } from './page-session.mjs';

/** What the Performance panel records, enough for EvaluateScript, FunctionCall and RunTask. */
const CATEGORIES = 'devtools.timeline,toplevel';
const LONG_TASK_US = 50_000;

/**
 * Starts tracing the page behind `cdp`; `stop()` ends it and resolves with every event.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function startTrace(cdp) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await withTimeout(complete, 'Chromium, asked to end its trace,');
      cdp.off('Tracing.dataCollected', collect);
      return events;
    },
  };
}

const urlOf = (event) => event.args?.data?.url ?? '';
const complete = (event) => event.ph === 'X' && event.dur !== undefined;
const ms = (us) => us / 1000;

/** Sum of the events' durations, an event inside an earlier counted one not counted again. */
function outermost(events) {
  let sum = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    if (event.ts < coveredUntil) continue;
    sum += event.dur;
    coveredUntil = event.ts + event.dur;
  }
  return sum;
}

/**
 * The figures of one trace, for the page scripts whose URL starts with `origin`:
 * - `evaluate`: the sum of their EvaluateScript events (compiling what was not compiled off the
 *   main thread, then running the top level; for the bench pages that includes the first
 *   render, which both run synchronously);
 * - `script`: all their main-thread JS, EvaluateScript plus every FunctionCall (listeners,
 *   timers, animation frames), each nested call counted once;
 * - `ownLongTasks`: main-thread tasks over 50 ms in which their code ran. A fresh renderer's
 *   own start-up tasks (making the JS context, the first layout) are long on a slow CPU for
 *   any page; those are not counted here.
 * @param {object[]} events
 * @param {string} origin
 */
export function readTrace(events, origin) {
  const ours = (e) =>
    complete(e) && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && urlOf(e).startsWith(origin);
  const first = events.find(ours);
  if (!first) return { evaluate: 0, script: 0, ownLongTasks: 0 };
  const onMain = events.filter((e) => e.pid === first.pid && e.tid === first.tid).sort((a, b) => a.ts - b.ts);
  const scripts = onMain.filter(ours);
  const longTasks = onMain.filter(
    (task) =>
      complete(task) &&
      task.name === 'RunTask' &&
      task.dur > LONG_TASK_US &&
      scripts.some((script) => script.ts >= task.ts && script.ts < task.ts + task.dur),
  );
  const evaluations = scripts.filter((e) => e.name === 'EvaluateScript');
  return {
    evaluate: ms(evaluations.reduce((sum, e) => sum + e.dur, 0)),
    script: ms(outermost(scripts)),
    ownLongTasks: longTasks.length,
  };
}
