// The scale curve: parse + first render and step transitions of generated forms (10, 50,
// 200 steps × 10 fields, and a choice step of 500 options), summarized and as a table.
import { markdownTable } from './markdown-table.mjs';
import { FRAME_MS } from './measure-scale.mjs';
import { median, summarize } from './stats.mjs';

/**
 * Medians over the runs of one form; transitions pooled over every run and step (for the
 * choice form, only the click on its option).
 * @param {object[]} runs results of measureScale for the same form
 */
export function summarizeScale(runs) {
  const [first] = runs;
  const choice = first.options > 0;
  const pick = (run, key) => (choice ? run[key].slice(0, 1) : run[key]);
  const work = runs.flatMap((run) => pick(run, 'work'));
  const painted = runs.flatMap((run) => pick(run, 'painted'));
  const mount = summarize(runs.map((run) => run.mount));
  return {
    form: choice ? `choice step, ${first.options} options` : `${first.steps} steps × ${first.fields} fields`,
    steps: first.steps,
    fields: first.fields,
    options: first.options,
    bytes: first.bytes,
    mount,
    firstPaint: summarize(runs.map((run) => run.firstPaint)),
    transitions: work.length,
    work: summarize(work),
    painted: summarize(painted),
    overFrame: work.filter((value) => value > FRAME_MS).length,
    withinFrame: Math.max(...work) <= FRAME_MS,
    heap: median(runs.map((run) => run.heap)),
    nodes: median(runs.map((run) => run.nodes)),
    longTasksLoad: Math.max(...runs.map((run) => run.longTasksLoad)),
    longTasksTransitions: Math.max(...runs.map((run) => run.longTasksTransitions)),
  };
}

const ms = (value) => value.toFixed(1);

/**
 * How much parse + mount grew per added step from the previous (smaller) generated form: about
 * the same from 10 to 50 steps as from 50 to 200 means linear growth. Null for the first.
 */
export function perAddedStep(forms, i) {
  const form = forms[i];
  const previous = forms.slice(0, i).findLast((other) => other.options === 0);
  if (form.options > 0 || !previous) return null;
  return (form.mount.median - previous.mount.median) / (form.steps - previous.steps);
}

/** @param {ReturnType<typeof summarizeScale>[]} forms */
export function formatScaleTable(forms) {
  const rows = forms.map((form, i) => [
    form.form,
    `${(form.bytes / 1024).toFixed(1)} KB`,
    ms(form.mount.median),
    perAddedStep(forms, i) === null ? '—' : ms(perAddedStep(forms, i)),
    ms(form.firstPaint.median),
    `${ms(form.work.median)} / ${ms(form.work.max)}`,
    `${ms(form.painted.median)} / ${ms(form.painted.max)}`,
    `${form.overFrame} of ${form.transitions}`,
    `${form.longTasksLoad} / ${form.longTasksTransitions}`,
  ]);
  return markdownTable(
    [
      'Form',
      'Config',
      'Parse + mount (ms)',
      'per added step',
      'To first paint (ms)',
      'Transition laid out, median / max (ms)',
      'Transition painted, median / max (ms)',
      `Laid out in over 1 frame (${ms(FRAME_MS)} ms)`,
      'Long tasks load / transitions',
    ],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}
