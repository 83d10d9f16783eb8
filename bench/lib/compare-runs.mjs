// `--compare base.json`: yesladder's figures in this run against a saved run. The ratio to
// the floor is compared too: it travels between machines better than milliseconds do.
import { buildOf, filesOf } from './builds.mjs';
import { formatValue } from './format-form-table.mjs';
import { markdownTable } from './markdown-table.mjs';
import { METRICS } from './metrics.mjs';
import { ratio } from './stats.mjs';

const times = (value) => (value === null || Number.isNaN(value) ? '—' : `${value.toFixed(2)}×`);

/**
 * A line saying the two runs measured different builds as yesladder, or undefined when they
 * measured the same. The scale forms load the one-file build in either.
 */
export function buildNote(current, base) {
  const now = buildOf(current);
  const then = buildOf(base);
  if (now === then) return undefined;
  return `Note: the base measured ${then.label} (${filesOf(then)}), this run ${now.label} (${filesOf(now)}); compared all the same.`;
}

/**
 * One table per CPU setting both runs have, then one for the scale forms they share; first a
 * note when the runs measured different builds.
 */
export function formatComparison(current, base) {
  const parts = [];
  for (const setting of current.settings) {
    const before = base.settings?.find((candidate) => candidate.name === setting.name);
    if (!before) continue;
    const rows = METRICS.filter((metric) => before.summary[metric.key]).map((metric) => {
      const now = setting.summary[metric.key];
      const then = before.summary[metric.key];
      return [
        `${metric.label} (${metric.unit})`,
        formatValue(metric, then.yesladder.median),
        formatValue(metric, now.yesladder.median),
        times(ratio(now.yesladder.median, then.yesladder.median)),
        times(then.ratio),
        times(now.ratio),
      ];
    });
    parts.push(
      `yesladder, ${setting.label}: this run against the base`,
      markdownTable(['Metric', 'Base', 'Now', 'Now / base', '× floor, base', '× floor, now'], rows, [
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
      ]),
    );
  }
  const scaleRows = (current.scale ?? []).flatMap((form) => {
    const then = base.scale?.find((candidate) => candidate.form === form.form);
    if (!then) return [];
    return [
      [
        form.form,
        `${then.mount.median.toFixed(1)} → ${form.mount.median.toFixed(1)}`,
        times(ratio(form.mount.median, then.mount.median)),
        `${then.work.median.toFixed(1)} → ${form.work.median.toFixed(1)}`,
        times(ratio(form.work.median, then.work.median)),
      ],
    ];
  });
  if (scaleRows.length > 0) {
    parts.push(
      'Scale (desktop): this run against the base',
      markdownTable(
        ['Form', 'Parse + mount (ms)', 'Now / base', 'Transition laid out, median (ms)', 'Now / base'],
        scaleRows,
        ['left', 'right', 'right', 'right', 'right'],
      ),
    );
  }
  if (parts.length === 0) {
    parts.push(
      'yesladder bench: the base run shares no CPU setting or scale form with this one; nothing to compare.',
    );
  }
  const note = buildNote(current, base);
  return (note ? [note, ...parts] : parts).join('\n\n');
}
