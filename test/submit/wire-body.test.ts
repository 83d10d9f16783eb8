import { expect, test } from 'vitest';
import type { Submission } from '../../src/submit/types';
import { encodeBody, formFields, wireBody } from '../../src/submit/wire-body';

const final: Submission = {
  formId: 'free-guide',
  variant: 'b',
  sessionId: 's1',
  submission: 'final',
  stepId: 'about',
  answers: { email: 'ada@example.com', age: 36, consent: true, topics: ['seo', 'copy'], skipped: undefined },
};
const at = Date.UTC(2026, 10, 22, 10);

test('carries the idempotency key and the time in the body', () => {
  expect(wireBody(final, 'k-1', at)).toEqual({
    form_id: 'free-guide',
    variant: 'b',
    session_id: 's1',
    submission: 'final',
    step_id: 'about',
    answers: final.answers,
    submitted_at: '2026-11-22T10:00:00.000Z',
    idempotency_key: 'k-1',
  });
});

test('marks a suspected bot with its signals, and a person not at all', () => {
  const body = wireBody({ ...final, bot: ['honeypot', 'too_fast'] }, 'k', at);
  expect(body).toMatchObject({ suspected_bot: true, bot_signals: ['honeypot', 'too_fast'] });
  expect(wireBody({ ...final, bot: [] }, 'k', at)).not.toHaveProperty('suspected_bot');
  expect(wireBody(final, 'k', at)).not.toHaveProperty('bot_signals');
});

test('flattens answers into form fields: lists as repeated keys, the rest under _names', () => {
  const fields = formFields(wireBody({ ...final, bot: ['honeypot'] }, 'k-1', at));
  expect([...fields]).toEqual([
    ['email', 'ada@example.com'],
    ['age', '36'],
    ['consent', 'true'],
    ['topics', 'seo'],
    ['topics', 'copy'],
    ['_form_id', 'free-guide'],
    ['_variant', 'b'],
    ['_session_id', 's1'],
    ['_submission', 'final'],
    ['_step_id', 'about'],
    ['_submitted_at', '2026-11-22T10:00:00.000Z'],
    ['_idempotency_key', 'k-1'],
    ['_suspected_bot', 'true'],
    ['_bot_signals', 'honeypot'],
  ]);
});

test('encodes JSON or a form with the matching content type', () => {
  const body = wireBody(final, 'k', at);
  expect(encodeBody(body, 'json')).toEqual([JSON.stringify(body), 'application/json']);
  const [text, type] = encodeBody(body, 'form');
  expect(type).toBe('application/x-www-form-urlencoded');
  expect(new URLSearchParams(text).get('_idempotency_key')).toBe('k');
});
