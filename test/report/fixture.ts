import { readFileSync } from 'node:fs';
import { reportFromLines } from '../../src/report/report-from-lines';
import type { FormReport, VariantReport } from '../../src/report/types';

/** test/fixtures/report/ab-small.jsonl: 136 lines, read the way the CLI streams a file. */
export const smallFixturePath = new URL('../fixtures/report/ab-small.jsonl', import.meta.url);
export const smallFixtureLines = (): string[] =>
  readFileSync(smallFixturePath, 'utf8').replace(/\n$/, '').split('\n');

export const smallReport = () => reportFromLines(smallFixtureLines());

export const formOf = (forms: readonly FormReport[], id: string): FormReport => {
  const form = forms.find((f) => f.formId === id);
  if (!form) throw new Error(`no form ${id}`);
  return form;
};

export const variantOf = (form: FormReport, name: string): VariantReport => {
  const variant = form.variants.find((v) => v.variant === name);
  if (!variant) throw new Error(`no variant ${name}`);
  return variant;
};

/** The events of one session, as the widget would send them; `at` offsets are in ms from `start`. */
export const sessionEvents = (
  form: string,
  variant: string,
  session: string,
  start: number,
  steps: readonly { id: string; at: number; complete?: number }[],
  submittedAt?: number,
): object[] => {
  const base = { event_version: 1, form_id: form, variant, session_id: session, step_count: steps.length };
  const events: object[] = [
    { ...base, name: 'form_view', step_id: steps[0]?.id, step_index: 0, timestamp: start },
  ];
  steps.forEach((step, i) => {
    const common = { ...base, step_id: step.id, step_index: i };
    events.push({ ...common, name: 'step_view', direction: 'forward', timestamp: start + step.at });
    if (step.complete !== undefined)
      events.push({
        ...common,
        name: 'step_complete',
        duration_ms: step.complete,
        timestamp: start + step.at + step.complete,
      });
  });
  if (submittedAt !== undefined)
    events.push({
      ...base,
      name: 'form_submit',
      step_id: steps[0]?.id,
      step_index: 0,
      timestamp: start + submittedAt,
    });
  return events;
};

/**
 * `visitors` one-step sessions of a variant, `converted` of them submitting, one minute apart:
 * enough to test the statistics without writing events by hand.
 */
export const conversions = (form: string, variant: string, visitors: number, converted: number): object[] =>
  Array.from({ length: visitors }, (_, i) =>
    sessionEvents(
      form,
      variant,
      `${variant}-${i}`,
      1_736_150_400_000 + i * 60_000,
      i < converted
        ? [
            { id: 'form', at: 0, complete: 1000 },
            { id: 'thanks', at: 1500 },
          ]
        : [{ id: 'form', at: 0 }],
      i < converted ? 1500 : undefined,
    ),
  ).flat();
