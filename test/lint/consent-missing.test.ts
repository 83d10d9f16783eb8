import { expect, test } from 'vitest';
import type { StepConfig } from '../../src/schema/config';
import { consentBox, cta, emailField, findingsOf, pathsOf, thanks } from './lint-helpers';

const about: StepConfig = { id: 'about', fields: [{ name: 'name' }] };

test('an email sent with no consent box is reported once, at the first step that sends it', () => {
  const lead: StepConfig = { id: 'email', lead: true, fields: [emailField] };
  expect(findingsOf('consent-missing', [cta, lead, about, thanks])).toEqual([
    {
      path: 'steps[1]',
      message: 'An email is sent by step "email" (the lead) with no consent field asked on or before it.',
    },
  ]);
});

test('without a lead step, the email is stored by the final submission', () => {
  const ask: StepConfig = { id: 'email', fields: [emailField] };
  expect(findingsOf('consent-missing', [cta, ask, about, thanks])).toEqual([
    {
      path: 'steps[2]',
      message: 'An email is sent by step "about" (the answers) with no consent field asked on or before it.',
    },
  ]);
});

test('a consent box on or before the sending step, required or optional, is enough', () => {
  const lead: StepConfig = { id: 'email', lead: true, fields: [emailField, consentBox] };
  expect(pathsOf('consent-missing', [cta, lead, about, thanks])).toEqual([]);
  const optIn: StepConfig = {
    id: 'email',
    lead: true,
    fields: [emailField, { ...consentBox, required: false }],
  };
  expect(pathsOf('consent-missing', [cta, optIn, about, thanks])).toEqual([]);
  const early: StepConfig = { id: 'agree', fields: [consentBox] };
  expect(
    pathsOf('consent-missing', [early, { id: 'email', lead: true, fields: [emailField] }, thanks]),
  ).toEqual([]);
});

test('a form that asks no email stores none', () => {
  expect(pathsOf('consent-missing', [cta, about, thanks])).toEqual([]);
});
