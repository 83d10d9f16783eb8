import { expect, test } from 'vitest';
import type { Field } from '../../src/schema/model';
import { parseFormOrThrow } from '../../src/schema/parse-form';
import { defaultMessages, formatIssue } from '../../src/validate/messages';
import { validateField } from '../../src/validate/validate-field';
import { validateStep } from '../../src/validate/validate-step';
import { everyField } from '../fixtures/every-field';

const form = parseFormOrThrow(everyField);
const step = form.steps[0];
const field = (name: string): Field => step?.fields.find((f) => f.name === name) as Field;
const code = (name: string, value: unknown) => validateField(field(name), value as never)?.code;

test.each([
  ['email', undefined, 'required'],
  ['email', '', 'required'],
  ['email', 'ada@', 'invalid_email'],
  ['email', 'ada@example.com', undefined],
  ['name', undefined, undefined],
  ['name', 'A', 'too_short'],
  ['name', 'A'.repeat(21), 'too_long'],
  ['name', 'Ada', undefined],
  ['phone', 'call me', 'pattern_mismatch'],
  ['phone', '+44 1234 567', undefined],
  ['seats', 0, 'too_small'],
  ['seats', 51, 'too_large'],
  ['seats', Number.NaN, 'not_a_number'],
  ['seats', 3, undefined],
  ['size', 'huge', 'invalid_option'],
  ['size', '1-10', undefined],
  ['role', 'owner', undefined],
  ['role', 'Owner', 'invalid_option'],
  ['role', 7, 'invalid_option'],
  ['topics', ['SEO', 'Print'], 'invalid_option'],
  ['topics', ['SEO'], undefined],
  ['topics', [], undefined],
  ['newsletter', false, undefined],
  ['terms', false, 'required_consent'],
  ['terms', true, undefined],
])('%s = %j → %s', (name, value, expected) => {
  expect(code(name, value)).toBe(expected);
});

test('gives the issue as data, with the rule in its params', () => {
  expect(validateField(field('name'), 'A')).toEqual({
    code: 'too_short',
    path: 'name',
    params: { minimum: 2 },
  });
});

test('checks a whole step, one issue per field in order', () => {
  expect(validateStep(step as never, { name: 'A' }).map((i) => `${i.path}:${i.code}`)).toEqual([
    'email:required',
    'name:too_short',
    'terms:required_consent',
  ]);
});

test('puts the issue into words last, from a replaceable message map', () => {
  const issue = validateField(field('seats'), 99);
  expect(issue && formatIssue(defaultMessages, issue)).toBe('Enter a number of at most 50.');
  const french = { ...defaultMessages, too_large: 'Au plus {maximum}.' };
  expect(issue && formatIssue(french, issue)).toBe('Au plus 50.');
});

test('checks an answer once: the same answer again gets the same finding, a new one is checked', () => {
  const email = field('email');
  const first = validateField(email, 'ada@');
  expect(first?.code).toBe('invalid_email');
  expect(validateField(email, 'ada@')).toBe(first);
  expect(validateField(email, 'ada@example.com')).toBeUndefined();
  expect(validateField(email, 'ada@')).toEqual(first);
});
