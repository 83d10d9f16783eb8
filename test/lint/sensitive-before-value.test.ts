import { expect, test } from 'vitest';
import type { StepConfig } from '../../src/schema/config';
import { consentBox, cta, emailField, findingsOf, pathsOf, thanks } from './lint-helpers';

const lead: StepConfig = { id: 'email', lead: true, fields: [emailField, consentBox] };
const about: StepConfig = {
  id: 'about',
  fields: [{ name: 'name' }, { name: 'phone', type: 'tel' }, { name: 'companySize', label: 'Company size' }],
};

test('a sensitive field after a completed lead step is fine', () => {
  expect(pathsOf('sensitive-before-value', [cta, lead, about, thanks])).toEqual([]);
});

test('each sensitive field asked before any lead step is flagged, at its own path', () => {
  expect(findingsOf('sensitive-before-value', [cta, { ...lead, lead: false }, about, thanks])).toEqual([
    {
      path: 'steps[2].fields[1]',
      message:
        '"phone" on step "about" asks for a phone number before the person has been given anything: no lead step is completed before it.',
    },
    {
      path: 'steps[2].fields[2]',
      message:
        '"companySize" on step "about" asks for the company size before the person has been given anything: no lead step is completed before it.',
    },
  ]);
});

test('a sensitive field on the lead step itself comes before the value', () => {
  const withPhone: StepConfig = { ...lead, fields: [emailField, consentBox, { name: 'phone', type: 'tel' }] };
  expect(pathsOf('sensitive-before-value', [cta, withPhone, thanks])).toEqual(['steps[1].fields[2]']);
});

test('a branch that skips the lead step makes the later sensitive field too early', () => {
  const goal: StepConfig = {
    id: 'goal',
    type: 'choice',
    options: ['guide', 'call'],
    next: [{ when: { field: 'goal', equals: 'call' }, goto: 'about' }],
  };
  expect(pathsOf('sensitive-before-value', [goal, lead, about, thanks])).toEqual([
    'steps[2].fields[1]',
    'steps[2].fields[2]',
  ]);
  // Without that branch every path completes the lead first.
  expect(pathsOf('sensitive-before-value', [{ ...goal, next: undefined }, lead, about, thanks])).toEqual([]);
});

test('a choice step asking for something sensitive is reported at the step', () => {
  const size: StepConfig = {
    id: 'size',
    type: 'choice',
    title: 'How many employees?',
    options: ['1-10', '11+'],
  };
  expect(pathsOf('sensitive-before-value', [size, lead, thanks])).toEqual(['steps[0]']);
});
