import { expect, test } from 'vitest';
import { initialState } from '../../src/flow/initial-state';
import { currentStep, progressOf } from '../../src/flow/progress';
import { restoredState } from '../../src/flow/restore';
import { skipPrefilled } from '../../src/flow/skip-prefilled';
import type { FlowState } from '../../src/flow/types';
import type { AnswerMap } from '../../src/schema/model';
import { parseFormOrThrow } from '../../src/schema/parse-form';
import { freeGuide } from '../fixtures/free-guide';
import { play } from '../flow/play';

// The flow with answers the page gave (`given`): steps whose every shown field holds one, and
// passes its checks, are passed over as their Next would, and never shown.

const guide = { ...freeGuide, skipPrefilled: true };
const ada = { email: 'ada@example.com' };

/** A fresh state with `given` prefilled, as `mount` makes it. */
const prefilled = (config: unknown, given: AnswerMap): FlowState =>
  skipPrefilled(initialState(parseFormOrThrow(config), 'session-1', given), given);

const toAbout = [{ type: 'start' }, { type: 'next' }] as const;
const words = (state: FlowState) => {
  const { current, total } = progressOf(state);
  return `Step ${current} of ${total}`;
};

test('a prefilled email step is passed over: the CTA leads straight to the next step', () => {
  const run = play(guide, toAbout, prefilled(guide, ada));
  expect(currentStep(run.state).id).toBe('about');
  expect(run.state.answers.email).toBe('ada@example.com');
  expect(run.names).toEqual([
    'form_view',
    'step_view',
    'step_complete',
    'step_complete',
    'lead_capture',
    'step_view',
  ]);
});

test('the skipped step is completed with skipped: true and no time, and is never viewed', () => {
  const run = play(guide, toAbout, prefilled(guide, ada));
  const about = (name: string) => run.events.filter((event) => event.name === name);
  expect(about('step_complete')[1]).toEqual({
    name: 'step_complete',
    event_version: 1,
    form_id: 'free-guide',
    variant: 'default',
    session_id: 'session-1',
    step_id: 'email',
    step_index: 1,
    step_count: 4,
    timestamp: 1020,
    duration_ms: 0,
    skipped: true,
    values: { email: 'ada@example.com' },
  });
  expect(about('step_view').map((event) => event.step_id)).toEqual(['start', 'about']);
  expect(about('step_view')[1]).toMatchObject({ step_index: 2, direction: 'forward' });
  // A step the person completed says nothing of skipping.
  expect(about('step_complete')[0]).not.toHaveProperty('skipped');
});

test('a skipped lead step still sends its lead, with the prefilled email', () => {
  const run = play(guide, toAbout, prefilled(guide, ada));
  expect(run.events.find((event) => event.name === 'lead_capture')).toMatchObject({
    step_id: 'email',
    submission: 'lead',
  });
  expect(run.submits).toEqual([
    { type: 'submit', submission: 'lead', stepId: 'email', answers: { email: 'ada@example.com' } },
  ]);
});

test('the final submission carries the skipped step’s answers', () => {
  const run = play(
    guide,
    [...toAbout, { type: 'answer', name: 'role', value: 'Freelancer' }, { type: 'next' }],
    prefilled(guide, ada),
  );
  expect(run.submits.at(-1)).toMatchObject({
    submission: 'final',
    answers: { email: 'ada@example.com', role: 'Freelancer' },
  });
});

test('the progress is honest: a skipped step counts neither as done nor as ahead', () => {
  const start = play(guide, [{ type: 'start' }], prefilled(guide, ada));
  expect(words(start.state)).toBe('Step 1 of 2');
  expect(words(play(guide, toAbout, prefilled(guide, ada)).state)).toBe('Step 2 of 2');
  // Without the prefill, three steps ask something.
  expect(words(play(guide, [{ type: 'start' }]).state)).toBe('Step 1 of 3');
});

test('Back never lands on a skipped step, and Next passes it over again', () => {
  const back = play(guide, [...toAbout, { type: 'back' }], prefilled(guide, ada));
  expect(currentStep(back.state).id).toBe('start');
  expect(back.events.at(-1)).toMatchObject({ name: 'step_view', step_id: 'start', direction: 'back' });
  expect(words(back.state)).toBe('Step 1 of 2');
  const again = play(guide, [{ type: 'next' }], back.state);
  expect(currentStep(again.state).id).toBe('about');
  expect(again.events.map((event) => event.step_id)).toEqual(['start', 'email', 'email', 'about']);
});

test('a first step the page answered is passed over at start, without taking the page’s focus', () => {
  const emailFirst = { ...guide, steps: guide.steps.slice(1) };
  const run = play(emailFirst, [{ type: 'start' }], prefilled(emailFirst, ada));
  expect(currentStep(run.state).id).toBe('about');
  expect(run.names).toEqual(['form_view', 'step_complete', 'lead_capture', 'step_view']);
  expect(run.events[0]).toMatchObject({ name: 'form_view', step_id: 'email' });
  expect(run.focus).toEqual([]);
  expect(run.submits).toHaveLength(1);
  expect(words(run.state)).toBe('Step 1 of 1');
  // Nothing before it was shown: there is no Back.
  const back = play(emailFirst, [{ type: 'back' }], run.state);
  expect(back.effects).toEqual([]);
});

test('a CTA step is never skipped: its click is the commitment', () => {
  const run = play(guide, [{ type: 'start' }], prefilled(guide, ada));
  expect(currentStep(run.state).id).toBe('start');
  expect(run.names).toEqual(['form_view', 'step_view']);
});

test('the step whose Next sends the form is shown: the person sends it themselves', () => {
  const short = { ...guide, steps: [guide.steps[1], guide.steps[3]] };
  const run = play(short, [{ type: 'start' }], prefilled(short, ada));
  expect(currentStep(run.state).id).toBe('email');
  expect(run.submits).toEqual([]);
  expect(words(run.state)).toBe('Step 1 of 1');
});

test('a step is skipped only when every shown field was prefilled', () => {
  const run = play(guide, toAbout, prefilled(guide, { ...ada, name: 'Ada' }));
  // "about" also asks for a role and a phone: shown, with the name filled in.
  expect(currentStep(run.state).id).toBe('about');
  expect(run.state.answers.name).toBe('Ada');
  expect(run.names.filter((name) => name === 'step_view')).toHaveLength(2);
});

test('a prefilled answer that fails its check is shown, not skipped', () => {
  const run = play(guide, toAbout, prefilled(guide, { email: 'ada@' }));
  expect(currentStep(run.state).id).toBe('email');
  expect(run.state.answers.email).toBe('ada@');
});

test('hidden fields need no prefill: the step is skipped on its shown fields', () => {
  const steps = [
    guide.steps[0],
    {
      ...guide.steps[1],
      fields: [...guide.steps[1].fields, { name: 'utm_source', type: 'hidden', value: 'x' }],
    },
    guide.steps[2],
    guide.steps[3],
  ];
  const config = { ...guide, steps };
  expect(currentStep(play(config, toAbout, prefilled(config, ada)).state).id).toBe('about');
});

const quiz = {
  id: 'quiz',
  skipPrefilled: true,
  steps: [
    { id: 'hello', type: 'cta', button: 'Start' },
    {
      id: 'who',
      type: 'choice',
      options: ['owner', 'freelancer'],
      next: [{ when: { field: 'who', equals: 'freelancer' }, goto: 'solo' }],
    },
    { id: 'team', fields: [{ name: 'size', type: 'number', required: true }] },
    { id: 'solo', fields: [{ name: 'rate', type: 'number' }] },
    { id: 'end', type: 'thanks', title: 'Thanks' },
  ],
};

test('a branch is followed from a prefilled choice', () => {
  const run = play(quiz, [{ type: 'start' }, { type: 'next' }], prefilled(quiz, { who: 'freelancer' }));
  expect(currentStep(run.state).id).toBe('solo');
  expect(run.events.find((event) => event.step_id === 'who')).toMatchObject({
    name: 'step_complete',
    skipped: true,
  });
  expect(words(run.state)).toBe('Step 2 of 2');
});

test('a choice step whose prefilled answer is no option is shown', () => {
  const run = play(quiz, [{ type: 'start' }, { type: 'next' }], prefilled(quiz, { who: 'robot' }));
  expect(currentStep(run.state).id).toBe('who');
});

test('without skipPrefilled the prefilled step is shown, its answer filled in', () => {
  const run = play(freeGuide, toAbout, prefilled(freeGuide, ada));
  expect(currentStep(run.state).id).toBe('email');
  expect(run.state.answers.email).toBe('ada@example.com');
  expect(words(run.state)).toBe('Step 2 of 3');
});

test('a skipped step jumped to (a review’s Change, goTo) is shown and counts again', () => {
  const run = play(guide, [...toAbout, { type: 'go_to', stepId: 'email' }], prefilled(guide, ada));
  expect(currentStep(run.state).id).toBe('email');
  expect(run.events.at(-1)).toMatchObject({ name: 'step_view', step_id: 'email', direction: 'jump' });
  expect(words(run.state)).toBe('Step 2 of 3');
});

test('a step the person typed differently is theirs: shown again, not skipped', () => {
  const form = parseFormOrThrow(guide);
  const typed = skipPrefilled(
    restoredState(form, 'session-1', { history: ['start'], answers: { email: 'grace@example.com' } }, ada),
    ada,
  );
  const run = play(guide, [{ type: 'start' }, { type: 'next' }], typed);
  expect(currentStep(run.state).id).toBe('email');
  expect(run.state.answers.email).toBe('grace@example.com');
});

test('after a reload, a draft holding the page’s answer keeps the step passed over', () => {
  const form = parseFormOrThrow(guide);
  const back = skipPrefilled(
    restoredState(form, 'session-1', { history: ['start', 'email', 'about'], answers: ada }, ada),
    ada,
  );
  expect(words(back)).toBe('Step 2 of 2');
  const run = play(guide, [{ type: 'start' }, { type: 'back' }], back);
  expect(currentStep(run.state).id).toBe('start');
});

test('the step a restored draft shows stays shown, even when the page answered it', () => {
  const form = parseFormOrThrow(guide);
  const back = skipPrefilled(
    restoredState(form, 'session-1', { history: ['start', 'email'], answers: {} }, ada),
    ada,
  );
  const run = play(guide, [{ type: 'start' }], back);
  expect(currentStep(run.state).id).toBe('email');
  expect(words(run.state)).toBe('Step 2 of 3');
});
