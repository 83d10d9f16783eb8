import { expect, test } from 'vitest';
import type { StepConfig } from '../../src/schema/config';
import { consentBox, cta, emailField, findingsOf, pathsOf, thanks } from './lint-helpers';

const first = (step: StepConfig) => [step, { id: 'more', fields: [{ name: 'company' }] }, thanks];

test.each<[string, StepConfig]>([
  ['a cta step', cta],
  ['a choice step', { id: 'goal', type: 'choice', options: ['a', 'b'] }],
  ['one email field', { id: 'email', fields: [emailField] }],
  ['one select field', { id: 'role', fields: [{ name: 'role', type: 'select', options: ['a', 'b'] }] }],
  [
    'one email with its consent box and a hidden field',
    { id: 'email', fields: [emailField, consentBox, { name: 'src', type: 'hidden', value: 'ad' }] },
  ],
])('%s first is a small yes', (_, step) => {
  expect(pathsOf('first-ask-too-big', first(step))).toEqual([]);
});

test('two questions on the first step are too big a first ask, named in the message', () => {
  expect(
    findingsOf('first-ask-too-big', first({ id: 'all', fields: [emailField, { name: 'name' }] })),
  ).toEqual([
    {
      path: 'steps[0]',
      message:
        'The first step "all" asks 2 questions at once (email, name): there is no small yes to start with.',
    },
  ]);
});

test.each<[string, StepConfig, string]>([
  [
    'a long answer',
    { id: 'tell', fields: [{ name: 'story', type: 'textarea' }] },
    'a textarea field ("story")',
  ],
  ['a phone number', { id: 'call', fields: [{ name: 'phone', type: 'tel' }] }, 'a phone number ("phone")'],
  [
    'a budget',
    { id: 'money', fields: [{ name: 'budget', label: 'Your budget' }] },
    'a budget or income ("budget")',
  ],
])('one question asking for %s first is too big', (_, step, said) => {
  expect(findingsOf('first-ask-too-big', first(step))[0]?.message).toContain(
    `opens with ${said}, not a small yes`,
  );
});
