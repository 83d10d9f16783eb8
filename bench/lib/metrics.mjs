// What the form bench reports for each variant, and the targets issue 8 sets for yesladder.
import { ratio, summarize } from './stats.mjs';

const MB = 1024 * 1024;

const NONE = { on: 'every', max: 0 };

/**
 * Each figure a sample holds, in the order the table shows them. A `target` applies where the
 * setting has targets (4× CPU): on `ratio`, yesladder's median over the floor's; on `median`,
 * yesladder's median; on `every`, its worst sample. The runtime's figures are the split
 * build's alone: null (shown "—") for the floor and for the one-file build.
 */
export const METRICS = [
  {
    // The split build's first script, which paints step 1; the one-file build's only script.
    key: 'evaluate',
    label: 'Script evaluation (incl. first render)',
    unit: 'ms',
    target: { on: 'median', max: 20 },
  },
  { key: 'runtimeEvaluate', label: 'Runtime evaluation', unit: 'ms' },
  { key: 'scriptToStep1', label: 'Main-thread JS, load', unit: 'ms' },
  {
    key: 'firstField',
    label: 'First field painted',
    unit: 'ms',
    target: { on: 'ratio', max: 1.3, aim: 1.1 },
  },
  { key: 'runtimeTakenOver', label: 'Runtime taken over', unit: 'ms' },
  {
    key: 'heap',
    label: 'JS heap after GC, step 1',
    unit: 'MB',
    scale: MB,
    target: { on: 'median', max: 1.2 * MB },
  },
  { key: 'nodes', label: 'DOM nodes, step 1', unit: 'count' },
  { key: 'step2Painted', label: 'Next → step 2 painted', unit: 'ms', target: { on: 'ratio', max: 1.2 } },
  { key: 'step2Work', label: 'Next → step 2 laid out (work)', unit: 'ms' },
  { key: 'scriptTransition', label: 'Main-thread JS, Next → step 2', unit: 'ms' },
  { key: 'ownLongTasksLoad', label: 'Long tasks running page JS, load', unit: 'count', target: NONE },
  { key: 'longTasksLoad', label: 'Long tasks, all, load', unit: 'count' },
  { key: 'longTasksTransition', label: 'Long tasks, all, Next → step 2', unit: 'count', target: NONE },
  { key: 'blockingTime', label: 'Total blocking time, load + Next', unit: 'ms' },
];

/** Whether yesladder's figures meet `target`; undefined without one. */
function meets(target, figures) {
  if (!target) return undefined;
  const value =
    target.on === 'ratio'
      ? figures.ratio
      : target.on === 'every'
        ? figures.yesladder.max
        : figures.yesladder.median;
  return typeof value === 'number' && value <= target.max;
}

/**
 * Per metric: each variant's median and range, the ratio of the medians (yesladder / plain),
 * and, when `withTargets`, the target and whether it is met.
 * @param {{ plain: object[], yesladder: object[] }} samples
 * @param {boolean} withTargets
 */
export function summarizeSamples(samples, withTargets) {
  const summary = {};
  for (const metric of METRICS) {
    const plain = summarize(samples.plain.map((sample) => sample[metric.key]));
    const yesladder = summarize(samples.yesladder.map((sample) => sample[metric.key]));
    const figures = { plain, yesladder, ratio: ratio(yesladder.median, plain.median) };
    const target = withTargets ? metric.target : undefined;
    summary[metric.key] = { ...figures, ...(target && { target, pass: meets(target, figures) }) };
  }
  return summary;
}
