import { expect, test } from 'vitest';
import type { StepConfig } from '../../src/schema/config';
import { consentBox, cta, emailField, findingsOf, pathsOf, thanks } from './lint-helpers';

const lead: StepConfig = { id: 'email', lead: true, fields: [emailField, consentBox] };
const qualify: StepConfig = {
  id: 'qualify',
  fields: [
    { name: 'name', required: true },
    { name: 'company', required: true },
    { name: 'phone', type: 'tel', required: true },
  ],
};

test('a click then the name and email (0 → 4 points) is no climb', () => {
  const both: StepConfig = { id: 'both', fields: [{ name: 'name', required: true }, emailField] };
  expect(pathsOf('steep-gradient', [cta, both, thanks])).toEqual([]);
});

test('three required fields with a phone right after the email (3 → 9 points) is a leap', () => {
  expect(findingsOf('steep-gradient', [cta, lead, qualify, thanks])).toEqual([
    {
      path: 'steps[2]',
      message:
        'The step "qualify" scores 9 points of friction right after step "email" scored 3 points: a leap, not a step.',
    },
  ]);
});

test('steepFactor and steepIncrease set how steep is too steep', () => {
  const steps = [cta, lead, qualify, thanks];
  expect(pathsOf('steep-gradient', steps, {}, { steepFactor: 3 })).toEqual([]);
  expect(pathsOf('steep-gradient', steps, {}, { steepIncrease: 6 })).toEqual([]);
  expect(pathsOf('steep-gradient', [cta, lead, thanks], {}, { steepIncrease: 2 })).toEqual(['steps[1]']);
});

test('after a branch, the climb is measured from the smallest step a person can come from', () => {
  const big: StepConfig = {
    id: 'big',
    fields: [emailField, consentBox, { name: 'first', required: true }, { name: 'org', required: true }],
    next: 'qualify',
  };
  const choice: StepConfig = {
    id: 'goal',
    type: 'choice',
    options: ['fast', 'slow'],
    next: [{ when: { field: 'goal', equals: 'fast' }, goto: 'qualify' }],
  };
  expect(findingsOf('steep-gradient', [choice, big, qualify, thanks])[0]?.message).toContain(
    'right after step "goal" scored 1 point:',
  );
});
