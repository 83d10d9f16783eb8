/**
 * The HTML report's only stylesheet, inline: no fonts, scripts or images from anywhere.
 * Text colours keep WCAG AA contrast on their backgrounds (slate-800 on white 14.6:1, slate-600
 * 7.6:1, every verdict, notice and badge colour ≥ 6.8:1 on its tint); the pale bar has an
 * indigo-600 outline (6.3:1), so its width reads against the page (non-text contrast ≥ 3:1).
 */
export const reportStyles = `
:root { color-scheme: light; --ink: #1e293b; --muted: #475569; --line: #e2e8f0; --panel: #f8fafc; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 20px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 0; }
.lede { color: var(--muted); margin: 0 0 16px; }
.notice { background: #fffbeb; border: 1px solid #fcd34d; border-radius: 8px; padding: 10px 16px; color: #78350f; }
.notice ul { margin: 4px 0 0; padding-left: 20px; }
.verdict { border-radius: 10px; padding: 14px 18px; margin: 12px 0; border-left: 6px solid; }
.verdict p { margin: 0; }
.verdict .headline { font-size: 18px; font-weight: 650; }
.verdict .detail { color: var(--muted); font-size: 14px; margin-top: 4px; font-variant-numeric: tabular-nums; }
.verdict.better { background: #f0fdf4; border-color: #16a34a; } .verdict.better .headline { color: #166534; }
.verdict.worse { background: #fef2f2; border-color: #dc2626; } .verdict.worse .headline { color: #991b1b; }
.verdict.not_enough_data { background: #fffbeb; border-color: #d97706; } .verdict.not_enough_data .headline { color: #92400e; }
.verdict.no_difference { background: var(--panel); border-color: #64748b; }
.variant { border: 1px solid var(--line); border-radius: 12px; padding: 18px 20px; margin: 16px 0; }
.variant header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 16px; margin-bottom: 10px; }
.badge { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em;
  color: #3730a3; background: #e0e7ff; border-radius: 999px; padding: 1px 8px; }
.stats { color: var(--muted); font-size: 14px; font-variant-numeric: tabular-nums; }
.stats strong { color: var(--ink); }
.funnel { display: block; max-width: 100%; height: auto; margin: 4px 0 12px; }
.funnel .viewed { fill: #c7d2fe; stroke: #4f46e5; stroke-width: 1; } .funnel .done { fill: #4338ca; } .funnel .end { fill: #15803d; }
.funnel text { font-family: inherit; }
.legend { color: var(--muted); font-size: 13px; margin: -4px 0 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px; margin: 0 4px 0 10px; }
.swatch:first-child { margin-left: 0; }
.swatch.viewed { background: #c7d2fe; box-shadow: inset 0 0 0 1px #4f46e5; } .swatch.done { background: #4338ca; } .swatch.end { background: #15803d; }
.funnel .step { fill: var(--ink); font-size: 14px; font-weight: 600; }
.funnel .count { fill: var(--ink); font-size: 13px; font-weight: 600; }
.funnel .rate { fill: var(--muted); font-size: 12px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 10px; text-align: right; border-bottom: 1px solid var(--line); white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
thead th { color: var(--muted); font-weight: 600; font-size: 13px; background: var(--panel); }
td.none { color: var(--muted); }
details { margin-top: 40px; color: var(--muted); font-size: 14px; }
summary { cursor: pointer; color: var(--ink); font-weight: 600; }
dt { font-weight: 600; color: var(--ink); margin-top: 8px; }
dd { margin: 0; }
`;
