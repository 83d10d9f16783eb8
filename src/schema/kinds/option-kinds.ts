import * as z from 'zod/mini';
import { type FieldKind, isBlank } from './kind';
import { optionValue } from './rules';

/** A dropdown: one of `options`. */
export const select: FieldKind = {
  name: 'select',
  options: 'required',
  rules: [],
  empty: isBlank,
  requiredCode: 'invalid_option',
  value: optionValue,
};

/** A radio group: one of `options`. Also the single field of a `choice` step. */
export const choice: FieldKind = { ...select, name: 'choice' };

/** A single yes/no tick box, or, with `options`, several tick boxes (an array of values). */
export const checkbox: FieldKind = {
  name: 'checkbox',
  options: 'optional',
  rules: [],
  empty: isBlank,
  requiredCode: 'required',
  value: (field) => (field.options.length ? z.array(optionValue(field)) : z.boolean()),
};

/** Agreement to terms or contact; its label is the consent text. Required means it must be ticked. */
export const consent: FieldKind = {
  name: 'consent',
  rules: [],
  empty: isBlank,
  requiredCode: 'required_consent',
  value: () => z.boolean(),
};
