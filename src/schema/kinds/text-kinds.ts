import * as z from 'zod/mini';
import { type FieldKind, isBlank } from './kind';
import { textValue } from './rules';

const textRules = ['minLength', 'maxLength', 'pattern'] as const;

const textKind = (name: 'text' | 'tel' | 'textarea'): FieldKind => ({
  name,
  rules: textRules,
  empty: isBlank,
  requiredCode: 'required',
  value: (field) => textValue(field),
});

export const text = textKind('text');
export const tel = textKind('tel');
export const textarea = textKind('textarea');

export const email: FieldKind = {
  name: 'email',
  rules: textRules,
  empty: isBlank,
  requiredCode: 'required',
  value: (field) => textValue(field, z.email()),
};

/** Not shown; carries a fixed value into the submission. */
export const hidden: FieldKind = {
  name: 'hidden',
  rules: [],
  empty: isBlank,
  requiredCode: 'required',
  initial: (field) => field.value,
  value: () => z.string(),
};
