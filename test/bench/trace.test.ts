import { expect, test } from 'vitest';
// @ts-expect-error: the bench is plain JavaScript, without types.
import { readTrace } from '../../bench/lib/trace.mjs';

// The bench's reading of a Chromium trace, on made-up events: one main thread (pid 1, tid 1),
// the page's scripts from http://127.0.0.1:4000, times in µs as Chromium writes them.

const origin = 'http://127.0.0.1:4000';
const main = { pid: 1, tid: 1, ph: 'X' };
const script = (name: string, ts: number, dur: number, url = `${origin}/dist/yesladder.js`) => ({
  ...main,
  name,
  ts,
  dur,
  args: { data: { url } },
});
const task = (name: string, ts: number, dur: number) => ({ ...main, name, ts, dur, args: {} });

test.each(['ThreadControllerImpl::RunTask', 'RunTask'])(
  'counts a task named %s over 50 ms in which the page’s script ran as a long task of its own',
  (name) => {
    const events = [
      task(name, 0, 80_000),
      script('EvaluateScript', 1_000, 60_000),
      // Long, but none of the page's script ran in it (a renderer start-up task).
      task(name, 100_000, 70_000),
      // The page's script, in a short task.
      task(name, 200_000, 10_000),
      script('FunctionCall', 201_000, 5_000),
    ];
    expect(readTrace(events, { origin })).toEqual({ evaluate: 60, script: 65, ownLongTasks: 1 });
  },
);

test('a script of another origin makes no task the page’s own', () => {
  const events = [
    task('ThreadControllerImpl::RunTask', 0, 80_000),
    script('EvaluateScript', 1_000, 60_000, 'https://cdn.example/analytics.js'),
    task('ThreadControllerImpl::RunTask', 100_000, 10_000),
    script('FunctionCall', 101_000, 2_000),
  ];
  expect(readTrace(events, { origin })).toEqual({ evaluate: 0, script: 2, ownLongTasks: 0 });
});
