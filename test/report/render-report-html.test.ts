import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { renderReportHtml } from '../../src/report/render-report-html';
import { reportFromLines } from '../../src/report/report-from-lines';
import { sessionEvents, smallReport } from './fixture';

const HOSTILE_STEP = '<img src=x onerror=alert(1)>';
const HOSTILE_VARIANT = '"><script>alert(2)</script>';
const VOID = new Set(['meta', 'link', 'br', 'img', 'input', 'hr']);

/** Every opened tag is closed, in order (SVG's self-closing tags aside): well-formed enough. */
const unbalancedTags = (html: string): string[] => {
  const open: string[] = [];
  const problems: string[] = [];
  const css = html.replace(/<style[^>]*>[\s\S]*?<\/style>/, '<style></style>');
  for (const [, closing, name, selfClosing] of css.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const tag = (name as string).toLowerCase();
    if (VOID.has(tag) || selfClosing) continue;
    if (!closing) open.push(tag);
    else if (open.pop() !== tag) problems.push(`</${tag}>`);
  }
  return [...problems, ...open];
};

const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html');

const hostileReport = () =>
  reportFromLines(
    [
      ...sessionEvents('guide', 'control', 'a', 0, [{ id: HOSTILE_STEP, at: 0, complete: 1000 }]),
      ...sessionEvents('guide', HOSTILE_VARIANT, 'b', 0, [{ id: HOSTILE_STEP, at: 0 }]),
    ].map((event) => JSON.stringify(event)),
  );

test('is one well-formed HTML document', async () => {
  const html = renderReportHtml(await smallReport());
  expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  expect(unbalancedTags(html)).toEqual([]);
});

test('has no script and loads nothing: inline styles only', async () => {
  const html = renderReportHtml(await smallReport());
  expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
  expect(html).not.toMatch(/\s(src|href)=|url\(|@import|<link/i);
  expect(parse(html).querySelectorAll('style')).toHaveLength(1);
});

test('draws one labelled SVG funnel per variant', async () => {
  const document = parse(renderReportHtml(await smallReport()));
  const charts = [...document.querySelectorAll('svg')];
  expect(charts).toHaveLength(3); // control, twostep, newsletter's default
  for (const svg of charts) {
    expect(svg.getAttribute('role')).toBe('img');
    const [title, desc] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(document.getElementById(title as string)?.textContent).toMatch(/^Funnel of /);
    expect(document.getElementById(desc as string)?.textContent).toMatch(/views/);
  }
  expect(charts[1]?.querySelector('desc')?.textContent).toBe(
    'start: 10 views, 8 completed (80.0%); email: 8 views, 6 completed (75.0%); about: 6 views, 5 completed (83.3%); thanks: 5 reached the end',
  );
});

test('shows the verdict and each step table', async () => {
  const document = parse(renderReportHtml(await smallReport()));
  expect(document.querySelector('.verdict .headline')?.textContent).toBe(
    'not enough data yet: need about 380 more visitors per variant',
  );
  const rows = [...document.querySelectorAll('table')][1]?.querySelectorAll('tbody tr') ?? [];
  expect([...rows].map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
    ['start', '10', '8', '80.0%', '80.0%', '2 (20.0%)', '4.5 s', '7.3 s'],
    ['email', '8', '6', '75.0%', '60.0%', '2 (25.0%)', '15 s', '19 s'],
    ['about', '6', '5', '83.3%', '50.0%', '1 (16.7%)', '30 s', '38 s'],
    ['thanks', '5', 'end', '—', '—', '—', '—', '—'],
  ]);
});

test('escapes step ids and variant names from the file', async () => {
  const html = renderReportHtml(await hostileReport());
  expect(html).not.toMatch(/<script|<img/i);
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  const document = parse(html);
  expect(document.querySelectorAll('img, script')).toHaveLength(0);
  expect(document.querySelector('tbody th')?.textContent).toBe(HOSTILE_STEP);
  expect([...document.querySelectorAll('h3')].map((h) => h.textContent)).toContain(HOSTILE_VARIANT);
  expect(unbalancedTags(html)).toEqual([]);
});

test('refreshes itself when asked, for a page served live', async () => {
  const report = await smallReport();
  expect(renderReportHtml(report, { refreshSeconds: 30 })).toContain(
    '<meta http-equiv="refresh" content="30">',
  );
  expect(renderReportHtml(report)).not.toContain('http-equiv');
});

test('carries a CSP nonce on its one style element when given', async () => {
  const document = parse(renderReportHtml(await smallReport(), { nonce: 'r4nd0m' }));
  expect(document.querySelector('style')?.getAttribute('nonce')).toBe('r4nd0m');
});

test('says so when there is nothing to report', async () => {
  const html = renderReportHtml(await reportFromLines([]));
  expect(parse(html).querySelector('main p:nth-of-type(2)')?.textContent).toBe('No form events to report.');
});
