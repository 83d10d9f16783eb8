import { escapeHtml } from './escape-html';
import { formatCount, formatPercent } from './format-number';
import type { VariantReport } from './types';

const WIDTH = 640;
const ROW = 52;
const BAR = 34;
const LABEL_END = 128;
const BAR_START = 140;
const BAR_WIDTH = 300;
const TEXT_START = BAR_START + BAR_WIDTH + 16;
const MAX_LABEL = 18;

const short = (text: string): string =>
  [...text].length > MAX_LABEL ? `${[...text].slice(0, MAX_LABEL - 1).join('')}…` : text;
const px = (n: number): string => n.toFixed(1);

/** A centred bar of `share` (0–1) of the bar area, at row `y`. */
const bar = (share: number, y: number, className: string): string => {
  const width = Math.max(share * BAR_WIDTH, share > 0 ? 2 : 0);
  const x = BAR_START + (BAR_WIDTH - width) / 2;
  return `<rect class="${className}" x="${px(x)}" y="${y}" width="${px(width)}" height="${BAR}" rx="4"/>`;
};

/**
 * One variant's funnel as an inline SVG: a row per step, the pale bar as wide as the step's
 * views, the solid bar inside it as wide as its completions (both ∝ the variant's visitors), so
 * the pale margin is the drop-off. Labelled with counts and step conversion; `role="img"` with
 * a <title> and a <desc> that says in words what the bars show. Colours come from the page's
 * stylesheet (classes), chosen for AA contrast.
 */
export const funnelSvg = (variant: VariantReport, id: string): string => {
  const scale = Math.max(variant.visitors, ...variant.steps.map((s) => s.views), 1);
  const height = variant.steps.length * ROW + 8;
  const rows = variant.steps.map((step, i) => {
    const y = 4 + i * ROW;
    const middle = y + BAR / 2;
    const label = `<text class="step" x="${LABEL_END}" y="${middle}" text-anchor="end" dominant-baseline="middle">${escapeHtml(short(step.stepId))}</text>`;
    const bars = step.end
      ? bar(step.views / scale, y, 'end')
      : bar(step.views / scale, y, 'viewed') + bar((step.completions ?? 0) / scale, y, 'done');
    const figures = step.end
      ? [
          `${formatCount(step.views)} reached the end`,
          `${formatPercent(step.views / (variant.visitors || 1))} of visitors`,
        ]
      : [`${formatCount(step.views)} views`, `${formatPercent(step.stepConversion)} continue`];
    const text =
      `<text class="count" x="${TEXT_START}" y="${middle - 8}" dominant-baseline="middle">${figures[0]}</text>` +
      `<text class="rate" x="${TEXT_START}" y="${middle + 9}" dominant-baseline="middle">${figures[1]}</text>`;
    return `<g>${label}${bars}${text}</g>`;
  });
  const description = variant.steps
    .map((step) =>
      step.end
        ? `${step.stepId}: ${formatCount(step.views)} reached the end`
        : `${step.stepId}: ${formatCount(step.views)} views, ${formatCount(step.completions ?? 0)} completed (${formatPercent(step.stepConversion)})`,
    )
    .join('; ');
  return (
    `<svg class="funnel" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">Funnel of ${escapeHtml(variant.variant)}: ${formatCount(variant.visitors)} visitors</title>` +
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>${rows.join('')}</svg>`
  );
};
