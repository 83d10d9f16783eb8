// A Chromium trace of one sample, and what the bench reads from it: the main-thread time of
// the page's own scripts and the long tasks they ran in. Marks around a script tag would
// include a rendered frame; the trace's own events do not.
import { withTimeout } from './page-session.mjs';

/**
 * What the Performance panel records, enough for EvaluateScript, FunctionCall and RunTask;
 * blink.user_timing adds the navigationStart mark, the zero of the page's clock.
 */
const CATEGORIES = 'devtools.timeline,toplevel,blink.user_timing';
const LONG_TASK_US = 50_000;
/**
 * A main-thread task's trace event: `ThreadControllerImpl::RunTask` in today's Chromium,
 * `RunTask` in older ones. Matching only the old name counted no task at all.
 */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

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
 * When the navigation to `pageUrl` started, in the trace's clock (µs): `performance.now()`'s
 * zero in that page. The renderer marks it for every document; the one naming `pageUrl` is
 * the page's (the initial blank document's names none).
 */
function navigationStart(events, pageUrl) {
  const mark = events.findLast(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === pageUrl,
  );
  return mark?.ts;
}

/**
 * The figures of one trace, for the page scripts whose URL starts with `origin` (the page's
 * own: the bench page's script, and for the split build both yesladder.js and the
 * yesladder.runtime.js it loads from beside itself, so on the same origin):
 * - `evaluate`: the sum of their EvaluateScript events, the runtime's apart (compiling what was
 *   not compiled off the main thread, then running the top level; for the bench pages that
 *   includes the first render, which every page's first script runs synchronously);
 * - `script`: all their main-thread JS, EvaluateScript plus every FunctionCall (listeners,
 *   timers, animation frames), each nested call counted once; the runtime's included;
 * - `ownLongTasks`: main-thread tasks over 50 ms in which their code ran. A fresh renderer's
 *   own start-up tasks (making the JS context, the first layout) are long on a slow CPU for
 *   any page; those are not counted here.
 * With `runtimeUrl` (the split build's load), also:
 * - `runtimeEvaluate`: the EvaluateScript of the runtime (null without one in the trace);
 * - `runtimeTakenOver`: ms from the navigation to `pageUrl` to the end of that evaluation. The
 *   runtime installs `window.yesladder` and takes each painted form over synchronously in its
 *   top level, so that end is when it has taken over. Read from the trace rather than marked
 *   in the page, which would need a script of the bench's in the page or a hook on the global.
 * @param {object[]} events
 * @param {{ origin: string, pageUrl?: string, runtimeUrl?: string }} scripts
 */
export function readTrace(events, { origin, pageUrl, runtimeUrl }) {
  const ours = (e) =>
    complete(e) && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && urlOf(e).startsWith(origin);
  const first = events.find(ours);
  const runtime = runtimeUrl === undefined ? {} : { runtimeEvaluate: null, runtimeTakenOver: null };
  if (!first) return { evaluate: 0, script: 0, ownLongTasks: 0, ...runtime };
  const onMain = events.filter((e) => e.pid === first.pid && e.tid === first.tid).sort((a, b) => a.ts - b.ts);
  const scripts = onMain.filter(ours);
  const longTasks = onMain.filter(
    (task) =>
      complete(task) &&
      TASK_NAMES.has(task.name) &&
      task.dur > LONG_TASK_US &&
      scripts.some((script) => script.ts >= task.ts && script.ts < task.ts + task.dur),
  );
  const evaluations = scripts.filter((e) => e.name === 'EvaluateScript');
  const isRuntime = (e) => runtimeUrl !== undefined && urlOf(e) === runtimeUrl;
  const figures = {
    evaluate: ms(evaluations.filter((e) => !isRuntime(e)).reduce((sum, e) => sum + e.dur, 0)),
    script: ms(outermost(scripts)),
    ownLongTasks: longTasks.length,
  };
  const runtimeEvaluation = evaluations.find(isRuntime);
  if (!runtimeEvaluation) return { ...figures, ...runtime };
  const start = pageUrl === undefined ? undefined : navigationStart(events, pageUrl);
  const end = runtimeEvaluation.ts + runtimeEvaluation.dur;
  return {
    ...figures,
    runtimeEvaluate: ms(runtimeEvaluation.dur),
    runtimeTakenOver: start === undefined ? null : ms(end - start),
  };
}
