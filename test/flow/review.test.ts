import { expect, test } from 'vitest';
import { currentStep, progressOf } from '../../src/flow/progress';
import { parseForm } from '../../src/schema/parse-form';
import { reviewed } from '../fixtures/reviewed';
import { play } from './play';

const toReview = [
  { type: 'start' },
  { type: 'answer', name: 'email', value: 'ada@example.com' },
  { type: 'next' },
  { type: 'answer', name: 'name', value: 'Ada' },
  { type: 'answer', name: 'role', value: 'owner' },
  { type: 'answer', name: 'code', value: '4711' },
  { type: 'next' },
] as const;

const problems = (config: unknown): string[] => {
  const result = parseForm(config);
  if (result.ok) throw new Error('expected the config to be refused');
  return result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

const withSteps = (...steps: Record<string, unknown>[]) => ({ id: 'f', steps });
const email = { id: 'email', fields: [{ name: 'email', type: 'email' }] };

test('progress counts the review step as a step, honestly', () => {
  const run = play(reviewed, toReview);
  expect(currentStep(run.state).id).toBe('check');
  expect(progressOf(run.state)).toEqual({ index: 2, count: 4, current: 3, total: 3 });
  expect(run.events.at(-1)).toMatchObject({
    name: 'step_view',
    step_id: 'check',
    step_index: 2,
    step_count: 4,
  });
});

test('reaching the review step sends nothing yet', () => {
  const run = play(reviewed, toReview);
  expect(run.submits).toEqual([]);
  expect(run.state.status).toBe('active');
});

test('the review step button sends the final submission with the answers on the path', () => {
  const run = play(reviewed, [...toReview, { type: 'next' }]);
  expect(run.submits).toEqual([
    {
      type: 'submit',
      submission: 'final',
      stepId: 'check',
      answers: { email: 'ada@example.com', name: 'Ada', role: 'owner', code: '4711', source: 'ad-42' },
    },
  ]);
  expect(run.state.status).toBe('submitting');
});

test('the review step completes without values, so no answer reaches analytics from it', () => {
  const run = play(reviewed, [...toReview, { type: 'next' }]);
  const complete = run.events.filter((e) => e.name === 'step_complete').at(-1);
  expect(complete).toMatchObject({ step_id: 'check', values: {} });
});

test('once the submission arrives, the thanks step follows the review step', () => {
  const run = play(reviewed, [...toReview, { type: 'next' }, { type: 'submitted', submission: 'final' }]);
  expect(currentStep(run.state).id).toBe('thanks');
  expect(run.names.slice(-2)).toEqual(['form_submit', 'step_view']);
});

test('a Change from the review step jumps to that step with its answers kept', () => {
  const run = play(reviewed, [...toReview, { type: 'go_to', stepId: 'email' }]);
  expect(run.state.history).toEqual(['email']);
  expect(run.state.answers).toMatchObject({ email: 'ada@example.com', name: 'Ada', role: 'owner' });
  expect(run.events.at(-1)).toMatchObject({ name: 'step_view', step_id: 'email', direction: 'jump' });
  expect(run.focus.at(-1)).toEqual({ type: 'focus', target: 'step' });
});

test('after a change, Next leads forward through the flow back to the review step, nothing re-asked blank', () => {
  const run = play(reviewed, [
    ...toReview,
    { type: 'go_to', stepId: 'email' },
    { type: 'answer', name: 'email', value: 'grace@example.com' },
    { type: 'next' },
    { type: 'next' },
  ]);
  expect(run.state.history).toEqual(['email', 'about', 'check']);
  const sent = play(reviewed, [{ type: 'next' }], run.state);
  expect(sent.submits[0]).toMatchObject({
    submission: 'final',
    answers: { email: 'grace@example.com', name: 'Ada', role: 'owner' },
  });
});

test('values survive Back then Next round trips', () => {
  const run = play(reviewed, [
    ...toReview,
    { type: 'back' },
    { type: 'back' },
    { type: 'next' },
    { type: 'next' },
  ]);
  expect(currentStep(run.state).id).toBe('check');
  expect(run.state.answers).toMatchObject({
    email: 'ada@example.com',
    name: 'Ada',
    role: 'owner',
    code: '4711',
  });
  expect(run.state.errors).toEqual({});
});

test('a Change cannot jump while the final submission is on its way', () => {
  const run = play(reviewed, [...toReview, { type: 'next' }, { type: 'go_to', stepId: 'email' }]);
  expect(currentStep(run.state).id).toBe('check');
});

test('a review step is accepted right before the thanks step, or last', () => {
  expect(parseForm(reviewed).ok).toBe(true);
  expect(parseForm(withSteps(email, { id: 'check', type: 'review' })).ok).toBe(true);
});

test('refuses a review step that is not right before the thanks step', () => {
  expect(problems(withSteps({ id: 'check', type: 'review' }, email))).toEqual([
    'steps[0]: a review step must come right before the thanks step (or be the last step)',
  ]);
});

test('refuses the keys a review step does not take, naming the path', () => {
  expect(
    problems(withSteps(email, { id: 'check', type: 'review', next: 'email', fields: [{ name: 'x' }] })),
  ).toEqual([
    'steps[1].fields: a review step does not take "fields"',
    'steps[1].next: a review step does not take "next"',
  ]);
});

test('refuses a form whose only steps are a review and a thanks step', () => {
  expect(problems(withSteps({ id: 'check', type: 'review' }, { id: 'end', type: 'thanks' }))).toEqual([
    'steps: a form needs at least one step that asks something (cta, fields or choice)',
  ]);
});

test('nothing is asked twice: the same answer name on two steps is refused', () => {
  expect(problems(withSteps(email, { id: 'again', fields: [{ name: 'email', type: 'email' }] }))).toEqual([
    'steps[1].fields[0].name: "email" is already the name of steps[0].fields[0]; answer names must be unique in a form',
  ]);
});
