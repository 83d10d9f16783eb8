import { expect, test } from 'vitest';
import type { FieldConfig, StepConfig } from '../../src/schema/config';
import { consentBox, cta, emailField, findingsOf, pathsOf, thanks } from './lint-helpers';

const lead = (fields: readonly FieldConfig[]): StepConfig => ({ id: 'email', lead: true, fields });

test('a lead step with a required email is a lead', () => {
  expect(pathsOf('lead-without-email', [cta, lead([emailField, consentBox]), thanks])).toEqual([]);
});

test('a lead step with no email anywhere before it is an error', () => {
  expect(findingsOf('lead-without-email', [cta, lead([{ name: 'name' }, consentBox]), thanks])).toEqual([
    {
      path: 'steps[1]',
      message: 'The lead step "email" is sent with no email: none is asked on it or before it.',
    },
  ]);
});

test('a lead step whose email is optional may be sent without one', () => {
  expect(
    findingsOf('lead-without-email', [cta, lead([{ ...emailField, required: false }, consentBox]), thanks]),
  ).toEqual([
    {
      path: 'steps[1]',
      message:
        'The lead step "email" may be sent without an email: the email asked by then is optional (or skipped by a branch).',
    },
  ]);
});

test('an email asked on an earlier step counts, unless a branch can skip it', () => {
  const ask: StepConfig = { id: 'ask', fields: [emailField, consentBox] };
  const more: StepConfig = { id: 'more', lead: true, fields: [{ name: 'name' }] };
  expect(pathsOf('lead-without-email', [cta, ask, more, thanks])).toEqual([]);
  const skipping: StepConfig = {
    id: 'goal',
    type: 'choice',
    options: ['a', 'b'],
    next: [{ when: { field: 'goal', equals: 'b' }, goto: 'more' }],
  };
  expect(pathsOf('lead-without-email', [skipping, ask, more, thanks])).toEqual(['steps[2]']);
});
