import { expectTypeOf, test } from 'vitest';
import type { FormHandle } from '../../src/embed/mount';
import { mount } from '../../src/embed/mount';
import type { AnswersOf } from '../../src/schema/define-form';
import { abGuide } from '../fixtures/ab-guide';

// Type-level checks (tsc runs them): answers cover the fields of every arm, each optional,
// since the arm a visitor sees decides which steps were asked.

test("the answers hold the shared steps' fields and every arm's own", () => {
  expectTypeOf<AnswersOf<typeof abGuide>>().toEqualTypeOf<{
    email?: string;
    name?: string;
    company?: string;
  }>();
  if (typeof document === 'undefined') return;
  expectTypeOf(mount('#x', abGuide)).toEqualTypeOf<FormHandle<AnswersOf<typeof abGuide>>>();
});
