import { expect, test } from 'vitest';
import { currentStep, progressOf } from '../../src/flow/progress';
import { restoredState } from '../../src/flow/restore';
import { parseFormOrThrow } from '../../src/schema/parse-form';
import { draftForm } from '../fixtures/draft-form';
import { play } from './play';

const form = parseFormOrThrow(draftForm);
const saved = {
  history: ['start', 'email', 'about'],
  answers: { email: 'ada@example.com', name: 'Ada', role: 'Freelancer' },
};

test('puts the person back on the step they were on, with their answers', () => {
  const state = restoredState(form, 'session-7', saved);
  expect(currentStep(state).id).toBe('about');
  expect(state.answers).toMatchObject(saved.answers);
  expect(state.sessionId).toBe('session-7');
  expect(state.status).toBe('active');
});

test('is honest about progress: the restored step is step 3 of 3, as before the reload', () => {
  const state = restoredState(form, 's', saved);
  expect(progressOf(state)).toEqual({ index: 2, count: 4, current: 3, total: 3 });
});

test('Back walks through the restored path, step by step', () => {
  const run = play(
    draftForm,
    [{ type: 'start' }, { type: 'back' }, { type: 'back' }, { type: 'back' }],
    restoredState(form, 's', saved),
  );
  expect(run.events.filter((e) => e.name === 'step_view').map((e) => e.step_id)).toEqual([
    'about',
    'email',
    'start',
  ]);
  expect(run.state.history).toEqual(['start']);
  expect(run.state.answers.email).toBe('ada@example.com');
});

test('the first step_view after a restore says restored: true; later ones do not', () => {
  const run = play(draftForm, [{ type: 'start' }, { type: 'back' }], restoredState(form, 's', saved));
  expect(run.events.map((e) => e.name)).toEqual(['form_view', 'step_view', 'step_view']);
  expect(run.events[1]).toMatchObject({
    step_id: 'about',
    step_index: 2,
    direction: 'forward',
    restored: true,
  });
  expect(run.events[2]).not.toHaveProperty('restored');
  expect(run.events[0]).not.toHaveProperty('restored');
});

test('a fresh form says nothing about restoring', () => {
  const run = play(draftForm, [{ type: 'start' }]);
  expect(run.events[1]).toEqual(expect.not.objectContaining({ restored: expect.anything() }));
});

test('the restored answers are submitted with the rest at the end', () => {
  const run = play(draftForm, [{ type: 'start' }, { type: 'next' }], restoredState(form, 's', saved));
  expect(run.submits).toEqual([
    {
      type: 'submit',
      submission: 'final',
      stepId: 'about',
      answers: { email: 'ada@example.com', name: 'Ada', role: 'Freelancer', source: 'landing' },
    },
  ]);
});

test('never restores a sensitive, password-like or hidden answer, even one written into storage by hand', () => {
  const state = restoredState(form, 's', {
    history: saved.history,
    answers: {
      ...saved.answers,
      health: 'x',
      accountPin: '1234',
      card: '4242424242424242',
      source: 'forged',
    },
  });
  expect(state.answers).toEqual({ ...saved.answers, source: 'landing' });
});

test('drops answers this form does not have and values no field could hold', () => {
  const answers = JSON.parse(
    '{"email":"ada@example.com","gone":"x","name":{"nested":1},"role":["Owner",2],"__proto__":{"polluted":1}}',
  );
  const state = restoredState(form, 's', { history: saved.history, answers });
  expect(state.answers).toEqual({ email: 'ada@example.com', source: 'landing' });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test.each([
  ['a step the form no longer has', ['start', 'email', 'gone']],
  ['a path that does not start at the first step', ['email', 'about']],
  ['the thanks step', ['start', 'email', 'about', 'thanks']],
  ['a step twice', ['start', 'email', 'start']],
  ['no steps at all', []],
  ['not a list of ids', ['start', 3]],
])('starts over at the first step, answers kept, for a saved path with %s', (_, history) => {
  const state = restoredState(form, 's', { history: history as string[], answers: saved.answers });
  expect(state.history).toEqual(['start']);
  expect(state.answers.email).toBe('ada@example.com');
});
