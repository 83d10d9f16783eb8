import { expect, test } from 'vitest';
import { applyVariant } from '../../src/schema/apply-variant';
import type { FormConfig } from '../../src/schema/config';
import { parseForm } from '../../src/schema/parse-form';
import { abGuide } from '../fixtures/ab-guide';

const problems = (input: unknown) => {
  const result = parseForm(input);
  return result.ok ? [] : result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

test('each arm becomes a checked form named after its key, with the shared options it did not replace', () => {
  const result = parseForm(abGuide);
  if (!result.ok) throw result.error;
  const arms = result.form.variants;
  expect(arms.map((arm) => [arm.name, arm.weight, arm.form.variant])).toEqual([
    ['control', 1, 'control'],
    ['twostep', 1, 'twostep'],
  ]);
  expect(arms[0]?.form.steps.map((step) => step.id)).toEqual(['all', 'thanks']);
  expect(arms[1]?.form.steps.map((step) => step.id)).toEqual(['email', 'about', 'thanks']);
  expect(arms[1]?.form.id).toBe('ab-guide');
  expect(arms[1]?.form.variants).toEqual([]);
});

test('an arm replaces whole top-level options and leaves the rest shared', () => {
  const config: FormConfig = {
    id: 'guide',
    steps: [{ id: 'email', fields: [{ name: 'email', type: 'email' }] }],
    progress: false,
    submit: { url: '/api/leads' },
    variants: { honest: { progress: true, weight: 3 } },
  };
  expect(applyVariant(config, 'honest')).toEqual({
    id: 'guide',
    steps: config.steps,
    progress: true,
    submit: { url: '/api/leads' },
    variant: 'honest',
  });
});

test("a problem in an arm's own steps is reported at the arm's path", () => {
  const config = {
    ...abGuide,
    variants: {
      control: {},
      twostep: { steps: [{ id: 'email', fields: [{ name: 'email', type: 'email' }], next: 'nowhere' }] },
    },
  };
  expect(problems(config)).toEqual([
    expect.stringMatching(/^variants\.twostep\.steps\[0\]\.next: .*"nowhere"/),
  ]);
});

test('a problem in the shared steps is reported once, at the form, not again for every arm', () => {
  const config = { ...abGuide, steps: [{ id: 'a', type: 'cta', fields: [] }], variants: { a: {}, b: {} } };
  expect(problems(config)).toEqual(['steps[0].fields: a cta step does not take "fields"']);
});

test('an arm may not rename the form or nest another test, and its weight must be positive', () => {
  const config = { ...abGuide, variants: { a: { id: 'other' }, b: { variants: {} }, c: { weight: 0 } } };
  expect(problems(config)).toEqual([
    expect.stringMatching(/^variants\.a\.id: /),
    expect.stringMatching(/^variants\.b\.variants: /),
    expect.stringMatching(/^variants\.c\.weight: /),
  ]);
});

test('variants with no arms, or beside a `variant` name, are refused with the fix', () => {
  expect(problems({ ...abGuide, variants: {} })).toEqual([
    expect.stringMatching(/^variants: needs at least one arm/),
  ]);
  expect(problems({ ...abGuide, variant: 'b' })).toEqual([
    expect.stringMatching(/^variant: the arms of "variants" are named by their keys/),
  ]);
});

test('arm names follow the id rule, so they are safe in events and storage keys', () => {
  expect(problems({ ...abGuide, variants: { 'two step': {} } })).toEqual([
    expect.stringMatching(/^variants\.two step: .*must start with a letter/),
  ]);
});

test('an arm named like an Object method is an arm like any other', () => {
  const result = parseForm({ ...abGuide, variants: { constructor: {}, toString: { progress: false } } });
  if (!result.ok) throw result.error;
  expect(result.form.variants.map((arm) => [arm.name, arm.form.progress])).toEqual([
    ['constructor', true],
    ['toString', false],
  ]);
  expect(applyVariant({ ...abGuide, variants: {} }, 'constructor').steps).toBe(abGuide.steps);
});
