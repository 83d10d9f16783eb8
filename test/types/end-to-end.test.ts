import { createElement } from 'react';
import { expectTypeOf, test } from 'vitest';
import type { YesLadderElement } from '../../src/element';
import { type FormHandle, mount } from '../../src/embed/mount';
import type { YesLadderEvent } from '../../src/events/types';
import { YesLadder as PreactYesLadder } from '../../src/preact';
import { YesLadder as ReactYesLadder } from '../../src/react';
import { defineForm } from '../../src/schema/define-form';

// Type-level checks (tsc runs them; at run time nothing here is called): the field names and
// value types of a `defineForm` config reach every callback and handle, in every entry.

const quiz = defineForm({
  id: 'quiz',
  steps: [
    { id: 'email', lead: true, fields: [{ name: 'email', type: 'email', required: true }] },
    { id: 'size', type: 'choice', name: 'teamSize', options: ['1', '2-10', '11+'], track: true },
    {
      id: 'more',
      fields: [
        { name: 'seats', type: 'number' },
        { name: 'terms', type: 'consent' },
        { name: 'tools', type: 'checkbox', options: [{ value: 'crm' }, { value: 'ads' }] },
      ],
    },
    { id: 'thanks', type: 'thanks' },
  ],
});

type QuizAnswers = {
  email?: string;
  teamSize?: '1' | '2-10' | '11+';
  seats?: number;
  terms?: boolean;
  tools?: readonly ('crm' | 'ads')[];
};

/** Holds code for the type checker only. */
const typeOnly = (_check: () => unknown): void => {};

test('mount infers the answers for onSubmit, on() and answers()', () => {
  typeOnly(() => {
    const form = mount('#signup', quiz, {
      onSubmit: (answers) => {
        expectTypeOf(answers).toEqualTypeOf<QuizAnswers>();
        // @ts-expect-error -- no field is called "emial"
        answers.emial;
      },
    });
    expectTypeOf(form.answers()).toEqualTypeOf<QuizAnswers>();
    form.on('step_complete', (event) => {
      expectTypeOf(event.values).toEqualTypeOf<Readonly<Partial<QuizAnswers>> | undefined>();
    });
  });
});

test('the Preact component infers the answers for onSubmit, onEvent and onReady', () => {
  typeOnly(() =>
    PreactYesLadder({
      config: quiz,
      onSubmit: (answers) => expectTypeOf(answers.teamSize).toEqualTypeOf<'1' | '2-10' | '11+' | undefined>(),
      onEvent: (event) => {
        expectTypeOf(event).toEqualTypeOf<YesLadderEvent<QuizAnswers>>();
        if (event.name !== 'form_submit') return;
        expectTypeOf(event.values?.seats).toEqualTypeOf<number | undefined>();
        // @ts-expect-error -- no field is called "size" (the step is; its answer is "teamSize")
        event.values?.size;
      },
      onReady: (form) => expectTypeOf(form).toEqualTypeOf<FormHandle<QuizAnswers>>(),
    }),
  );
});

test('the React component infers the answers for onSubmit, onEvent and onReady', () => {
  typeOnly(() =>
    ReactYesLadder({
      config: quiz,
      onSubmit: (answers) =>
        expectTypeOf(answers.tools).toEqualTypeOf<readonly ('crm' | 'ads')[] | undefined>(),
      onEvent: (event) => {
        if (event.name === 'step_complete')
          expectTypeOf(event.values?.terms).toEqualTypeOf<boolean | undefined>();
      },
      onReady: (form) => {
        expectTypeOf(form.answers()).toEqualTypeOf<QuizAnswers>();
        // @ts-expect-error -- no field is called "phone"
        form.answers().phone;
      },
    }),
  );
});

test('the React component infers the answers through createElement, as JSX does', () => {
  typeOnly(() =>
    createElement(ReactYesLadder<typeof quiz>, {
      config: quiz,
      onSubmit: (answers) => expectTypeOf(answers.email).toEqualTypeOf<string | undefined>(),
    }),
  );
});

test('the components refuse a config that is not a form', () => {
  typeOnly(() => {
    // @ts-expect-error -- a step needs an id
    PreactYesLadder({ config: { id: 'x', steps: [{ fields: [{ name: 'a' }] }] } });
    // @ts-expect-error -- "phone" is not a field type
    ReactYesLadder({ config: { id: 'x', steps: [{ id: 'a', fields: [{ name: 'a', type: 'phone' }] }] } });
  });
});

test('the element types its config property and answers() by its config', () => {
  expectTypeOf<YesLadderElement<typeof quiz>['config']>().toEqualTypeOf<typeof quiz | undefined>();
  expectTypeOf<ReturnType<YesLadderElement<typeof quiz>['answers']>>().toEqualTypeOf<QuizAnswers>();
  typeOnly(() => {
    const element = document.createElement('yes-ladder');
    expectTypeOf(element).toEqualTypeOf<YesLadderElement>();
    element.config = quiz;
    // @ts-expect-error -- a config needs steps
    element.config = { id: 'x' };
  });
});

test('the element types the DOM events it dispatches', () => {
  typeOnly(() => {
    document.addEventListener('yesladder:lead_capture', (event) =>
      expectTypeOf(event).toEqualTypeOf<CustomEvent<YesLadderEvent>>(),
    );
    document
      .createElement('yes-ladder')
      .addEventListener('yesladder:event', (event) =>
        expectTypeOf(event.detail.name).toEqualTypeOf<YesLadderEvent['name']>(),
      );
  });
});
