import { expect, test } from 'vitest';
import { currentStep, progressOf } from '../../src/flow/progress';
import { freeGuide } from '../fixtures/free-guide';
import { play } from './play';

const toEmail = [{ type: 'start' }, { type: 'next' }] as const;
const toAbout = [
  ...toEmail,
  { type: 'answer', name: 'email', value: 'ada@example.com' },
  { type: 'next' },
] as const;
const toEnd = [...toAbout, { type: 'answer', name: 'role', value: 'Freelancer' }, { type: 'next' }] as const;

const quiz = {
  id: 'quiz',
  steps: [
    {
      id: 'who',
      type: 'choice',
      options: ['owner', 'freelancer'],
      next: [{ when: { field: 'who', equals: 'freelancer' }, goto: 'solo' }],
    },
    { id: 'team', fields: [{ name: 'size', type: 'number', required: true }] },
    { id: 'budget', fields: [{ name: 'budget', type: 'select', options: ['low', 'high'] }], next: 'end' },
    { id: 'solo', fields: [{ name: 'rate', type: 'number' }] },
    { id: 'end', type: 'thanks', title: 'Thanks', next: { label: 'Book a call', href: '/book' } },
  ],
};

test('start shows the form and its first step, once', () => {
  const run = play(freeGuide, [{ type: 'start' }, { type: 'start' }]);
  expect(run.names).toEqual(['form_view', 'step_view']);
  expect(run.events[0]).toEqual({
    name: 'form_view',
    event_version: 1,
    form_id: 'free-guide',
    variant: 'default',
    session_id: 'session-1',
    step_id: 'start',
    step_index: 0,
    step_count: 4,
    timestamp: 1010,
  });
  expect(run.focus).toEqual([]);
});

test('a CTA click completes the step with its duration and moves focus to the next step', () => {
  const run = play(freeGuide, toEmail);
  expect(run.names).toEqual(['form_view', 'step_view', 'step_complete', 'step_view']);
  expect(run.events[2]).toMatchObject({ step_id: 'start', duration_ms: 10 });
  expect(run.events[3]).toMatchObject({ step_id: 'email', step_index: 1, direction: 'forward' });
  expect(run.focus).toEqual([{ type: 'focus', target: 'step' }]);
  expect(currentStep(run.state).id).toBe('email');
});

test('an empty required email stops the step, reports the field without its value and focuses it', () => {
  const run = play(freeGuide, [...toEmail, { type: 'next' }]);
  expect(currentStep(run.state).id).toBe('email');
  expect(run.state.errors.email).toEqual({ code: 'required', path: 'email', params: {} });
  expect(run.events.at(-1)).toMatchObject({ name: 'field_invalid', field: 'email', error_code: 'required' });
  expect(run.events.at(-1)).not.toHaveProperty('values');
  expect(run.focus.at(-1)).toEqual({ type: 'focus', target: 'field', name: 'email' });
});

test('after a failed attempt the field is checked live as the person types', () => {
  const typing = play(freeGuide, [
    ...toEmail,
    { type: 'next' },
    { type: 'answer', name: 'email', value: 'ada@' },
  ]);
  expect(typing.state.errors.email?.code).toBe('invalid_email');
  const fixed = play(freeGuide, [{ type: 'answer', name: 'email', value: 'ada@example.com' }], typing.state);
  expect(fixed.state.errors).toEqual({});
});

test('tabbing past an empty field is not an error, leaving a wrong value is', () => {
  const empty = play(freeGuide, [...toEmail, { type: 'blur', name: 'email' }]);
  expect(empty.state.errors).toEqual({});
  const typed = play(freeGuide, [...toEmail, { type: 'answer', name: 'email', value: 'ada' }]);
  expect(typed.state.errors).toEqual({});
  const left = play(freeGuide, [{ type: 'blur', name: 'email' }], typed.state);
  expect(left.state.errors.email?.code).toBe('invalid_email');
});

test('completing a lead step captures the lead and sends it before moving on', () => {
  const run = play(freeGuide, toAbout);
  expect(run.names.slice(-3)).toEqual(['step_complete', 'lead_capture', 'step_view']);
  expect(run.submits).toEqual([
    { type: 'submit', submission: 'lead', stepId: 'email', answers: { email: 'ada@example.com' } },
  ]);
  expect(run.events.find((e) => e.name === 'lead_capture')).toMatchObject({
    step_id: 'email',
    submission: 'lead',
  });
  expect(currentStep(run.state).id).toBe('about');
});

test('the last asking step submits every answer on the path, then shows thanks when it arrives', () => {
  const sending = play(freeGuide, toEnd);
  expect(sending.state.status).toBe('submitting');
  expect(currentStep(sending.state).id).toBe('about');
  expect(sending.submits.at(-1)).toEqual({
    type: 'submit',
    submission: 'final',
    stepId: 'about',
    answers: { email: 'ada@example.com', role: 'Freelancer' },
  });
  const done = play(freeGuide, [{ type: 'submitted', submission: 'final' }], sending.state);
  expect(done.state.status).toBe('done');
  expect(currentStep(done.state).id).toBe('thanks');
  expect(done.names).toEqual(['form_submit', 'step_view']);
  expect(done.events[0]).toMatchObject({
    step_id: 'about',
    values: { email: 'ada@example.com', role: 'Freelancer' },
  });
  expect(done.events[1]).toMatchObject({ step_id: 'thanks', step_index: 3, step_count: 4 });
});

test('a failed final submission keeps every answer, says why, and retries', () => {
  const sending = play(freeGuide, toEnd);
  const failed = play(
    freeGuide,
    [{ type: 'submit_failed', submission: 'final', reason: 'http_400', message: 'That email is blocked.' }],
    sending.state,
  );
  expect(failed.state.status).toBe('failed');
  expect(failed.state.failure).toBe('That email is blocked.');
  expect(failed.state.answers).toMatchObject({ email: 'ada@example.com', role: 'Freelancer' });
  expect(failed.events).toEqual([
    expect.objectContaining({ name: 'submit_error', submission: 'final', reason: 'http_400' }),
  ]);
  const retried = play(freeGuide, [{ type: 'retry' }], failed.state);
  expect(retried.state.status).toBe('submitting');
  expect(retried.submits).toEqual([sending.submits.at(-1)]);
  expect(retried.events).toEqual([]);
});

test('pressing the step button again after a failure retries without counting the step twice', () => {
  const sending = play(freeGuide, toEnd);
  const again = play(
    freeGuide,
    [{ type: 'submit_failed', submission: 'final', reason: 'network' }, { type: 'next' }],
    sending.state,
  );
  expect(again.names).toEqual(['submit_error']);
  expect(again.submits).toHaveLength(1);
  expect(again.state.status).toBe('submitting');
});

test('a failed lead is reported and the person carries on', () => {
  const about = play(freeGuide, toAbout);
  const run = play(
    freeGuide,
    [{ type: 'submit_failed', submission: 'lead', reason: 'network' }],
    about.state,
  );
  expect(run.names).toEqual(['submit_error']);
  expect(run.state.status).toBe('active');
  expect(currentStep(run.state).id).toBe('about');
});

test('a branch follows the answer, and progress counts the branch actually ahead', () => {
  const start = play(quiz, [{ type: 'start' }]);
  expect(progressOf(start.state)).toEqual({ index: 0, count: 4, current: 1, total: 3 });
  const solo = play(quiz, [{ type: 'choose', name: 'who', value: 'freelancer' }], start.state);
  expect(currentStep(solo.state).id).toBe('solo');
  expect(progressOf(solo.state)).toEqual({ index: 1, count: 3, current: 2, total: 2 });
  const team = play(quiz, [{ type: 'choose', name: 'who', value: 'owner' }], start.state);
  expect(currentStep(team.state).id).toBe('team');
  expect(progressOf(team.state)).toEqual({ index: 1, count: 4, current: 2, total: 3 });
});

test('answers left on a branch not taken are not submitted', () => {
  const run = play(quiz, [
    { type: 'start' },
    { type: 'choose', name: 'who', value: 'owner' },
    { type: 'answer', name: 'size', value: 12 },
    { type: 'back' },
    { type: 'choose', name: 'who', value: 'freelancer' },
    { type: 'answer', name: 'rate', value: 90 },
    { type: 'next' },
  ]);
  expect(run.submits.at(-1)).toMatchObject({ submission: 'final', answers: { who: 'freelancer', rate: 90 } });
});

test('back returns to the previous step and keeps its answers', () => {
  const run = play(freeGuide, [...toAbout, { type: 'back' }]);
  expect(currentStep(run.state).id).toBe('email');
  expect(run.state.answers.email).toBe('ada@example.com');
  expect(run.events.at(-1)).toMatchObject({
    name: 'step_view',
    step_id: 'email',
    step_index: 1,
    direction: 'back',
  });
  expect(play(freeGuide, [{ type: 'start' }, { type: 'back' }]).names).toEqual(['form_view', 'step_view']);
});

test('go_to jumps to a step, but never to thanks before the answers are sent', () => {
  const run = play(freeGuide, [{ type: 'start' }, { type: 'go_to', stepId: 'about' }]);
  expect(currentStep(run.state).id).toBe('about');
  expect(run.events.at(-1)).toMatchObject({ name: 'step_view', direction: 'jump' });
  const thanks = play(freeGuide, [{ type: 'start' }, { type: 'go_to', stepId: 'thanks' }]);
  expect(currentStep(thanks.state).id).toBe('start');
});

test('leaving mid-way is one form_abandon with the time on the step', () => {
  const run = play(freeGuide, [...toEmail, { type: 'abandon' }, { type: 'abandon' }]);
  expect(run.names.filter((n) => n === 'form_abandon')).toHaveLength(1);
  expect(run.events.at(-1)).toMatchObject({ step_id: 'email', duration_ms: 10 });
  expect(play(freeGuide, [{ type: 'abandon' }]).names).toEqual([]);
});

test('leaving after the form is done is not abandoning it', () => {
  const done = play(freeGuide, [...toEnd, { type: 'submitted', submission: 'final' }, { type: 'abandon' }]);
  expect(done.names).not.toContain('form_abandon');
});

test('a click on the next small ask is measured with where it leads', () => {
  const run = play(freeGuide, [
    ...toEnd,
    { type: 'submitted', submission: 'final' },
    { type: 'offer_click' },
  ]);
  expect(run.events.at(-1)).toMatchObject({ name: 'next_step_click', step_id: 'thanks', href: '/video' });
  expect(play(freeGuide, [{ type: 'start' }, { type: 'offer_click' }]).names).not.toContain(
    'next_step_click',
  );
});

test('a form without a thanks step is done once the answers arrive', () => {
  const config = { id: 'short', steps: [{ id: 'email', fields: [{ name: 'email', type: 'email' }] }] };
  const run = play(config, [{ type: 'start' }, { type: 'next' }, { type: 'submitted', submission: 'final' }]);
  expect(run.state.status).toBe('done');
  expect(run.names).toEqual(['form_view', 'step_view', 'step_complete', 'form_submit']);
  expect(run.focus).toEqual([{ type: 'focus', target: 'step' }]);
});

test('hidden fields carry their value from the start into the submission', () => {
  const config = {
    id: 'h',
    steps: [
      {
        id: 'a',
        fields: [
          { name: 'email', type: 'email' },
          { name: 'source', type: 'hidden', value: 'ad-7' },
        ],
      },
    ],
  };
  const run = play(config, [{ type: 'start' }, { type: 'next' }]);
  expect(run.submits[0]).toMatchObject({ answers: { source: 'ad-7' } });
});

test('the step progress counts asking steps only', () => {
  expect(progressOf(play(freeGuide, toEmail).state)).toEqual({ index: 1, count: 4, current: 2, total: 3 });
});

test('answers edited after a failed submission are checked again before it is retried', () => {
  const sending = play(freeGuide, toEnd);
  const failed = play(
    freeGuide,
    [{ type: 'submit_failed', submission: 'final', reason: 'network' }],
    sending.state,
  );
  const edited = play(freeGuide, [{ type: 'go_to', stepId: 'email' }], failed.state);
  expect(currentStep(edited.state).id).toBe('about');
  const broken = play(
    freeGuide,
    [{ type: 'answer', name: 'role', value: 'Astronaut' }, { type: 'retry' }],
    failed.state,
  );
  expect(broken.submits).toEqual([]);
  expect(broken.state.errors.role?.code).toBe('invalid_option');
  expect(broken.state.status).toBe('failed');
  const fixed = play(
    freeGuide,
    [{ type: 'answer', name: 'role', value: 'Business owner' }, { type: 'next' }],
    broken.state,
  );
  expect(fixed.submits).toEqual([
    expect.objectContaining({ answers: { email: 'ada@example.com', role: 'Business owner' } }),
  ]);
  expect(fixed.names).toEqual([]);
});
