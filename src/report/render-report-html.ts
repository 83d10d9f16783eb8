import { describeInput } from './describe-input';
import { escapeHtml } from './escape-html';
import { formatCount, formatDifference, formatLift, formatP, formatPercent } from './format-number';
import { funnelSvg } from './funnel-svg';
import { reportStyles } from './report-styles';
import { stepCells } from './step-cells';
import type { Comparison, FormReport, Report, VariantReport } from './types';

/** Options of `renderReportHtml`. */
export interface RenderReportHtmlOptions {
  /** The page's <title> and heading. @default 'Funnel report' */
  readonly title?: string;
  /**
   * Adds `<meta http-equiv="refresh">` so a page served live reloads itself: for a wall
   * screen only, since a timed reload throws a screen-reader user back to the top (WCAG
   * 2.2.1); to update a page people read, swap its content in place, pausable. @default none
   */
  readonly refreshSeconds?: number;
  /**
   * A CSP nonce for the inline <style>, for a server whose Content-Security-Policy has no
   * `'unsafe-inline'` in style-src: send `style-src 'nonce-…'` with the same value. @default none
   */
  readonly nonce?: string;
}

const cell = (text: string): string =>
  text === '—' ? `<td class="none">—</td>` : `<td>${escapeHtml(text)}</td>`;

const stepTable = (variant: VariantReport): string => {
  const head = ['Step', 'Views', 'Completed', 'Step conv.', 'Cumulative', 'Drop-off', 'Median', 'p90'];
  const rows = variant.steps.map(
    (step) => `<tr><th scope="row">${escapeHtml(step.stepId)}</th>${stepCells(step).map(cell).join('')}</tr>`,
  );
  return (
    `<div class="table-wrap"><table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
};

const legend =
  '<p class="legend"><span class="swatch viewed"></span>viewed the step <span class="swatch done"></span>completed it ' +
  '<span class="swatch end"></span>reached the end · widths in proportion to visitors</p>';

const variantCard = (variant: VariantReport, form: FormReport, id: string): string =>
  `<section class="variant" aria-labelledby="${id}-name"><header><h3 id="${id}-name">${escapeHtml(variant.variant)}</h3>` +
  `${variant.variant === form.baseline ? '<span class="badge">baseline</span>' : ''}` +
  `<span class="stats"><strong>${formatCount(variant.visitors)}</strong> visitors · ` +
  `<strong>${formatPercent(variant.conversion)}</strong> submitted (${formatCount(variant.submissions)}) · ` +
  `<strong>${formatPercent(variant.leadRate)}</strong> left a lead (${formatCount(variant.leads)})</span></header>` +
  `${funnelSvg(variant, id)}${legend}${stepTable(variant)}</section>`;

const verdictCard = (c: Comparison): string => {
  const details = [
    formatDifference(c.difference, c.ci),
    c.relativeLift === null
      ? ''
      : `${formatLift(c.relativeLift)} ${c.relativeLift >= 0 ? 'better' : 'worse'}`,
    c.z === null || c.pValue === null ? '' : `z = ${c.z.toFixed(2)}, p ${formatP(c.pValue)}`,
    c.requiredPerVariant === null ? '' : `${formatCount(c.requiredPerVariant)} visitors per variant planned`,
  ].filter(Boolean);
  return (
    `<div class="verdict ${c.verdict}"><p class="headline">${escapeHtml(c.text)}</p>` +
    `<p class="detail">${escapeHtml(c.variant)} vs ${escapeHtml(c.baseline)}: ${details.join(' · ')}</p></div>`
  );
};

const formSection = (form: FormReport, f: number): string =>
  `<section aria-labelledby="form-${f}"><h2 id="form-${f}">Form ${escapeHtml(form.formId)}</h2>` +
  form.comparisons.map(verdictCard).join('') +
  (form.variants.length === 1 ? '<p class="lede">One variant: nothing to compare.</p>' : '') +
  form.variants.map((v, i) => variantCard(v, form, `f${f}v${i}`)).join('') +
  '</section>';

const definitions = `<details><summary>How to read this report</summary><dl>
<dt>Visitors</dt><dd>Sessions with a form_view. Every rate divides by them.</dd>
<dt>Views, completed</dt><dd>Sessions that viewed, or completed, the step at least once: going back or restoring a draft does not count twice.</dd>
<dt>Step conv., cumulative, drop-off</dt><dd>Completed ÷ views; completed ÷ visitors; views − completed.</dd>
<dt>Median, p90</dt><dd>Time on the step per session (the sum of its step_complete durations), exact up to 256 sessions, within 1% past that.</dd>
<dt>Verdict</dt><dd>Submitted ÷ visitors compared with the baseline by a two-sided two-proportion z-test; a difference is called when p &lt; 0.05 and each variant has the visitors a power calculation (α = 0.05, power 0.8) asks for.</dd>
</dl></details>`;

/**
 * The report as one self-contained HTML page: an inline stylesheet, no scripts, nothing
 * fetched. Per form, the verdicts, then per variant an SVG funnel and the step table. Every
 * string from the events is escaped. Safe to serve as it is, or to save and mail.
 */
export const renderReportHtml = (report: Report, options: RenderReportHtmlOptions = {}): string => {
  const title = options.title ?? 'Funnel report';
  const { summary, warnings } = describeInput(report);
  const refresh =
    options.refreshSeconds !== undefined && options.refreshSeconds > 0
      ? `<meta http-equiv="refresh" content="${Math.round(options.refreshSeconds)}">`
      : '';
  const notice =
    warnings.length === 0
      ? ''
      : `<div class="notice" role="note"><strong>Not everything was counted</strong><ul>${warnings
          .map((w) => `<li>${escapeHtml(w)}</li>`)
          .join('')}</ul></div>`;
  const body =
    report.forms.length === 0
      ? '<p>No form events to report.</p>'
      : report.forms.map((form, f) => formSection(form, f)).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh}<title>${escapeHtml(title)}</title>
<style${options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : ''}>${reportStyles}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="lede">${escapeHtml(summary)}</p>
${notice}${body}${definitions}
</main>
</body>
</html>
`;
};
