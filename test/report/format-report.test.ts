import { expect, test } from 'vitest';
import { formatReport } from '../../src/report/format-report';
import { reportFromLines } from '../../src/report/report-from-lines';
import { sessionEvents, smallReport } from './fixture';

test('prints the hand-checked fixture as a table per variant, the comparison and the warnings', async () => {
  expect(formatReport(await smallReport())).toBe(`yesladder funnel report
136 lines read, 132 events counted; a session ends after 30 min without an event.

Form free-guide
───────────────

control (baseline): 10 visitors, 4 submitted (40.0%), 5 leads (50.0%)
  step    views  completed  step conv.  cumulative   drop-off  median   p90
  form       10          5       50.0%       50.0%  5 (50.0%)    40 s  56 s
  thanks      4        end           —           —          —       —     —

twostep: 10 visitors, 5 submitted (50.0%), 6 leads (60.0%)
  step    views  completed  step conv.  cumulative   drop-off  median    p90
  start      10          8       80.0%       80.0%  2 (20.0%)   4.5 s  7.3 s
  email       8          6       75.0%       60.0%  2 (25.0%)    15 s   19 s
  about       6          5       83.3%       50.0%  1 (16.7%)    30 s   38 s
  thanks      5        end           —           —          —       —      —

twostep vs control: +10.0 pts (95% CI −29.0 to +45.1), 25% better, z = 0.45, p = 0.65
  → not enough data yet: need about 380 more visitors per variant

Form newsletter
───────────────

default: 3 visitors, 1 submitted (33.3%), 1 lead (33.3%)
  step    views  completed  step conv.  cumulative   drop-off  median    p90
  email       3          1       33.3%       33.3%  2 (66.7%)   9.0 s  9.0 s
  thanks      1        end           —           —          —       —      —

One variant: nothing to compare.

Warnings
  1 line is not JSON: skipped (line 64).
  1 line is JSON but not a yesladder event (one needs name, form_id, session_id, timestamp, and step_id on step events): skipped (line 109).
  1 event has a name the report does not count ("cta_clicked"): renamed by beforeSend, or events of your own.
`);
});

test('colours only when asked', async () => {
  const report = await smallReport();
  expect(formatReport(report)).not.toContain('\u001b[');
  const coloured = formatReport(report, { color: true });
  expect(coloured).toContain('\u001b[33mnot enough data yet'); // yellow: wait
  // Without its colour codes, the text is the same.
  expect(
    coloured
      .split('\u001b[')
      .map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, '')))
      .join(''),
  ).toBe(formatReport(report));
});

test('shows control characters in names from the file as escapes, never as terminal codes', async () => {
  const report = await reportFromLines(
    sessionEvents('guide', 'control', 's', 0, [{ id: 'step\u001b[2Jwiped', at: 0 }]).map((e) =>
      JSON.stringify(e),
    ),
  );
  const text = formatReport(report);
  expect(text).not.toContain('\u001b');
  expect(text).toContain('step\\u{1b}[2Jwiped');
});

test('says so when there is nothing to report', async () => {
  expect(formatReport(await reportFromLines(['', 'nope']))).toContain('No form events to report.');
});
