import { expect, test } from 'vitest';
import type { FieldConfig, StepConfig } from '../../src/schema/config';
import { consentBox, cta, findingsOf, pathsOf, thanks } from './lint-helpers';

const asking = (n: number, extra: readonly FieldConfig[] = []): StepConfig => ({
  id: 'about',
  fields: [...Array.from({ length: n }, (_, i) => ({ name: `q${i}` })), ...extra],
});

test('four questions on a step are fine, five are too many', () => {
  expect(pathsOf('too-many-fields', [cta, asking(4), thanks])).toEqual([]);
  expect(findingsOf('too-many-fields', [cta, asking(5), thanks])).toEqual([
    {
      path: 'steps[1]',
      message: 'The step "about" asks 5 questions; more than 4 on one step reads as a form to fill.',
    },
  ]);
});

test('consent boxes and hidden fields are not questions', () => {
  const extra = [consentBox, { name: 'source', type: 'hidden', value: 'ad' }] as const;
  expect(pathsOf('too-many-fields', [cta, asking(4, extra), thanks])).toEqual([]);
});

test('maxFieldsPerStep moves the limit', () => {
  expect(pathsOf('too-many-fields', [cta, asking(3), thanks], {}, { maxFieldsPerStep: 2 })).toEqual([
    'steps[1]',
  ]);
  expect(pathsOf('too-many-fields', [cta, asking(6), thanks], {}, { maxFieldsPerStep: 6 })).toEqual([]);
});
