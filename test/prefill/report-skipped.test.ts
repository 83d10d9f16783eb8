import { expect, test } from 'vitest';
import { reportFromLines } from '../../src/report/report-from-lines';

// A step passed over because the page gave its answers is completed (the funnel goes on)
// but took nobody's time: its `duration_ms: 0` must not pull the step's median down.

const line = (session: string, name: string, step: string, index: number, at: number, more = {}) =>
  JSON.stringify({
    name,
    event_version: 1,
    form_id: 'guide',
    variant: 'default',
    session_id: session,
    step_id: step,
    step_index: index,
    step_count: 3,
    timestamp: at,
    ...more,
  });

test('a skipped step counts as completed, without a time', async () => {
  const lines = [
    line('typed', 'form_view', 'email', 0, 1000),
    line('typed', 'step_view', 'email', 0, 1000, { direction: 'forward' }),
    line('typed', 'step_complete', 'email', 0, 9000, { duration_ms: 8000 }),
    line('linked', 'form_view', 'email', 0, 1000),
    line('linked', 'step_complete', 'email', 0, 1000, { duration_ms: 0, skipped: true }),
  ];
  const report = await reportFromLines(lines);
  const email = report.forms[0]?.variants[0]?.steps.find((step) => step.stepId === 'email');
  expect(email).toMatchObject({ views: 2, completions: 2, medianMs: 8000 });
});
