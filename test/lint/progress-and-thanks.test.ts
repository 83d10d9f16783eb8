import { expect, test } from 'vitest';
import type { StepConfig } from '../../src/schema/config';
import { consentBox, cta, emailField, findingsOf, pathsOf, thanks } from './lint-helpers';

const lead: StepConfig = { id: 'email', lead: true, fields: [emailField, consentBox] };

test('hiding the progress on a form of several steps is flagged at "progress"', () => {
  expect(findingsOf('progress-hidden', [cta, lead, thanks], { progress: false })).toEqual([
    {
      path: 'progress',
      message: 'The progress indicator is hidden on a form of 2 steps: people cannot see how much is left.',
    },
  ]);
});

test('hiding the progress of a one-step form hides nothing that remains', () => {
  expect(pathsOf('progress-hidden', [lead, thanks], { progress: false })).toEqual([]);
  expect(pathsOf('progress-hidden', [cta, lead, thanks], { progress: true })).toEqual([]);
});

test('a form with no thanks step ends with no next small ask', () => {
  expect(findingsOf('thanks-without-next-ask', [cta, lead])).toEqual([
    { path: 'steps', message: 'The form has no thanks step, so it ends without offering a next small step.' },
  ]);
});

test('a thanks step with a next small ask is the end the method wants', () => {
  expect(pathsOf('thanks-without-next-ask', [cta, lead, thanks])).toEqual([]);
  expect(pathsOf('thanks-without-next-ask', [cta, lead, { id: 'thanks', type: 'thanks' }])).toEqual([
    'steps[2]',
  ]);
});
