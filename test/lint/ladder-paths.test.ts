import { expect, test } from 'vitest';
import { ladderPaths } from '../../src/lint/ladder-paths';
import { parseFormOrThrow } from '../../src/schema/parse-form';

// start → goal ─(fast)→ call → thanks
//              └──────→ email → call
const form = parseFormOrThrow({
  id: 'paths',
  steps: [
    { id: 'start', type: 'cta' },
    {
      id: 'goal',
      type: 'choice',
      options: ['fast', 'slow'],
      next: [{ when: { field: 'goal', equals: 'fast' }, goto: 'call' }],
    },
    { id: 'email', fields: [{ name: 'email', type: 'email' }] },
    { id: 'call', fields: [{ name: 'phone', type: 'tel' }] },
    { id: 'thanks', type: 'thanks' },
  ],
});

test('a step leads to its branch targets and, unless a branch always applies, the next step', () => {
  const paths = ladderPaths(form);
  expect(paths.next).toEqual([[1], [3, 2], [3], [4], []]);
  expect(paths.previous).toEqual([[], [0], [1], [1, 2], [3]]);
});

test('"on every path" needs the step on each way through; "on some path" on one', () => {
  const paths = ladderPaths(form);
  const isEmail = (i: number) => i === 2;
  expect(paths.onEveryPath(isEmail)).toEqual([false, false, true, false, false]);
  expect(paths.onSomePath(isEmail)).toEqual([false, false, true, true, true]);
});

test('a step no path reaches is unreachable, and passes nothing on', () => {
  const skipped = parseFormOrThrow({
    id: 'skip',
    steps: [
      { id: 'start', type: 'cta', next: 'end' },
      { id: 'lost', fields: [{ name: 'x' }] },
      { id: 'end', fields: [{ name: 'y' }] },
    ],
  });
  const paths = ladderPaths(skipped);
  expect(paths.reachable).toEqual([true, false, true]);
  expect(paths.onSomePath((i) => i === 1)).toEqual([false, true, false]);
});
