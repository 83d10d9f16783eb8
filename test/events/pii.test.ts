import { expect, test } from 'vitest';
import { toSinkEvent } from '../../src/events/pii';
import type { YesLadderEvent } from '../../src/events/types';
import type { FlowEvent } from '../../src/flow/types';
import type { AnswerMap } from '../../src/schema/model';
import { parseFormOrThrow } from '../../src/schema/parse-form';
import { freeGuide } from '../fixtures/free-guide';

const form = parseFormOrThrow(freeGuide);
const base: YesLadderEvent<AnswerMap, 'step_complete'> = {
  name: 'step_complete',
  event_version: 1,
  form_id: 'free-guide',
  variant: 'default',
  session_id: 's1',
  step_id: 'about',
  step_index: 2,
  step_count: 4,
  timestamp: 1000,
  duration_ms: 420,
};

test('drops the values of fields that did not opt in with track', () => {
  const event = toSinkEvent(form, { ...base, values: { name: 'Ada', phone: '555', role: 'Freelancer' } });
  expect(event.values).toEqual({ role: 'Freelancer' });
});

test('drops values entirely when no tracked field is left', () => {
  const event = toSinkEvent(form, { ...base, step_id: 'email', values: { email: 'ada@example.com' } });
  expect('values' in event).toBe(false);
  expect(JSON.stringify(event)).not.toContain('ada@example.com');
});

test('drops keys whose value is undefined', () => {
  const event = toSinkEvent(form, {
    ...base,
    direction: undefined,
    values: { role: undefined },
  } as FlowEvent);
  expect(Object.keys(event).sort()).toEqual(
    [
      'name',
      'form_id',
      'variant',
      'session_id',
      'step_id',
      'step_index',
      'step_count',
      'timestamp',
      'duration_ms',
      'event_version',
    ].sort(),
  );
});

test('keeps every other field of the event', () => {
  const { values: _, ...rest } = toSinkEvent(form, { ...base, values: { role: 'Freelancer' } });
  expect(rest).toEqual(base);
});

test('returns a frozen event so one sink cannot change what the next one sees', () => {
  const event = toSinkEvent(form, { ...base, values: { role: 'Freelancer' } });
  expect(Object.isFrozen(event)).toBe(true);
  expect(Object.isFrozen(event.values)).toBe(true);
});

test('does not change the flow event it was given', () => {
  const flowEvent = { ...base, values: { name: 'Ada', role: 'Freelancer' } };
  toSinkEvent(form, flowEvent);
  expect(flowEvent.values).toEqual({ name: 'Ada', role: 'Freelancer' });
});
