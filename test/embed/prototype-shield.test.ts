import { afterEach, expect, test } from 'vitest';
import { ownCopy, shielded } from '../../src/embed/prototype-shield';
import { parseForm, parseFormOrThrow } from '../../src/schema/parse-form';
import { validateField } from '../../src/validate/validate-field';
import { freeGuide } from '../fixtures/free-guide';

// A page that writes onto Object.prototype: zod walks objects with for-in, and a plain read
// of a missing config key finds the page's value. Cleaned up after each test.
const polluted = Object.prototype as Record<string, unknown>;

afterEach(() => {
  delete polluted.bar;
  delete polluted.required;
});

test('zod breaks on an enumerable Object.prototype addition, which is why the shield exists', () => {
  const email = parseFormOrThrow(freeGuide).steps[1]?.fields[0];
  if (!email) throw new Error('the fixture has an email field');
  polluted.bar = 'bar';
  // Answers are checked with zod/mini, and zod 4.6's for-in loops read inherited keys while it
  // builds a schema (a throw). If this ever passes, zod has fixed it and the shield can go.
  expect(() => validateField(email, 'a@b.co')).toThrow();
  expect(shielded(() => validateField(email, 'a@b.co'))).toBeUndefined();
});

test('the config check reads only a config’s own keys: no shield needed for it', () => {
  polluted.bar = 'bar';
  expect(parseForm(freeGuide).ok).toBe(true);
});

test('parses a config while the page has enumerable Object.prototype additions', () => {
  polluted.bar = 'bar';
  const parsed = shielded(() => parseForm(freeGuide));
  expect(parsed.ok).toBe(true);
});

test('puts the page’s additions back exactly as they were', () => {
  polluted.bar = 'bar';
  const before = Object.getOwnPropertyDescriptor(Object.prototype, 'bar');
  let inside: PropertyDescriptor | undefined;
  shielded(() => {
    inside = Object.getOwnPropertyDescriptor(Object.prototype, 'bar');
  });
  expect(inside?.enumerable).toBe(false);
  expect(Object.getOwnPropertyDescriptor(Object.prototype, 'bar')).toEqual(before);
});

test('puts them back when the work throws', () => {
  polluted.bar = 'bar';
  expect(() =>
    shielded(() => {
      throw new Error('boom');
    }),
  ).toThrow('boom');
  expect(Object.getOwnPropertyDescriptor(Object.prototype, 'bar')?.enumerable).toBe(true);
});

test('a polluted `required` makes no optional field required once the config is copied', () => {
  polluted.required = true;
  const parsed = shielded(() => parseForm(ownCopy(freeGuide)));
  if (!parsed.ok) throw parsed.error;
  const about = parsed.form.steps.find((step) => step.id === 'about');
  expect(about?.fields.map((field) => [field.name, field.required])).toEqual([
    ['name', false],
    ['role', false],
    ['phone', false],
  ]);
});

test('copies own keys only, deeply, and keeps what is not plain data', () => {
  polluted.required = true;
  const when = new Date(0);
  const copy = ownCopy({ a: [{ b: 1 }], when }) as { a: { b: number; required?: unknown }[]; when: Date };
  expect(copy.a[0]?.b).toBe(1);
  expect(copy.a[0]?.required).toBeUndefined();
  expect(copy.when).toBe(when);
});
