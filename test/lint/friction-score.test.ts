import { expect, test } from 'vitest';
import { fieldFriction, fieldTypePoints, stepFriction } from '../../src/lint/friction-score';
import type { FieldConfig } from '../../src/schema/config';
import type { Field } from '../../src/schema/model';
import { parseFormOrThrow } from '../../src/schema/parse-form';
import { freeGuide } from '../fixtures/free-guide';

const field = (config: FieldConfig): Field =>
  parseFormOrThrow({ id: 'f', steps: [{ id: 's', fields: [config] }] }).steps[0]?.fields[0] as Field;

test('a field type costs what the README table says', () => {
  expect(fieldTypePoints).toEqual({
    hidden: 0,
    consent: 1,
    checkbox: 1,
    choice: 1,
    select: 1,
    email: 2,
    text: 2,
    number: 2,
    tel: 2,
    textarea: 4,
  });
});

test('a sensitive field costs 3 more, an optional one half', () => {
  expect(fieldFriction(field({ name: 'phone', type: 'tel', required: true }))).toBe(5);
  expect(fieldFriction(field({ name: 'phone', type: 'tel' }))).toBe(2.5);
  expect(fieldFriction(field({ name: 'budget', type: 'select', options: ['a'], required: true }))).toBe(4);
  expect(fieldFriction(field({ name: 'name', required: true }))).toBe(2);
  expect(fieldFriction(field({ name: 'name' }))).toBe(1);
});

test("a step scores the sum of its fields': the free guide climbs 0, 2, 4, then thanks", () => {
  const form = parseFormOrThrow(freeGuide);
  expect(form.steps.map((step) => stepFriction(step.fields))).toEqual([0, 2, 4, 0]);
});

test('a choice step scores 1: one required pick', () => {
  const form = parseFormOrThrow({ id: 'q', steps: [{ id: 'goal', type: 'choice', options: ['a', 'b'] }] });
  expect(stepFriction(form.steps[0]?.fields ?? [])).toBe(1);
});
