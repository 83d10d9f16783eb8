import { expect, expectTypeOf, test } from 'vitest';
import type { AnswersOf } from '../../src/schema/define-form';
import { defineForm } from '../../src/schema/define-form';
import type { everyField } from '../fixtures/every-field';
import type { freeGuide } from '../fixtures/free-guide';

test('returns the config unchanged', () => {
  const config = { id: 'x', steps: [{ id: 'a', type: 'cta' }] } as const;
  expect(defineForm(config)).toBe(config);
});

test('infers every field name and value type into the answers', () => {
  type A = AnswersOf<typeof everyField>;
  expectTypeOf<A>().toEqualTypeOf<{
    email?: string;
    name?: string;
    phone?: string;
    seats?: number;
    notes?: string;
    size?: '1-10' | '11-50';
    role?: 'owner' | 'Freelancer';
    topics?: readonly ('SEO' | 'Ads')[];
    newsletter?: boolean;
    terms?: boolean;
    source?: string;
  }>();
});

test('names a choice step answer by its name or id', () => {
  const quiz = defineForm({
    id: 'quiz',
    steps: [
      { id: 'goal', type: 'choice', options: ['grow', 'save'] },
      {
        id: 'q2',
        type: 'choice',
        name: 'budget',
        options: [{ value: 'low' }, { value: 'high', label: 'High' }],
      },
    ],
  });
  expectTypeOf<AnswersOf<typeof quiz>>().toEqualTypeOf<{ goal?: 'grow' | 'save'; budget?: 'low' | 'high' }>();
});

test('types the DESIGN.md form', () => {
  expectTypeOf<AnswersOf<typeof freeGuide>['role']>().toEqualTypeOf<
    'Business owner' | 'Freelancer' | undefined
  >();
  expectTypeOf<AnswersOf<typeof freeGuide>>().toHaveProperty('email');
});
