import type * as z from 'zod/mini';
import type { MessageKey } from '../config';
import type { Field, FieldTypeName, Value } from '../model';

/**
 * What a field type means, without any view: how an unanswered value looks, which
 * config it needs, how its value is checked. Shared code asks the kind, never
 * switches on the type. Its view lives in `render/fields/`.
 */
export interface FieldKind {
  readonly name: FieldTypeName;
  /** Whether `options` must (`required`) or may (`optional`) be given. */
  readonly options?: 'required' | 'optional';
  /** Which rule keys make sense for it; others are config errors. */
  readonly rules: readonly ('minLength' | 'maxLength' | 'pattern' | 'min' | 'max')[];
  /** True when the person has not answered. */
  empty(value: Value | undefined): boolean;
  /** The code reported when a required field is empty. */
  readonly requiredCode: MessageKey;
  /** The answer before the person does anything (hidden fields carry their value). */
  initial?(field: Field): Value | undefined;
  /** The zod/mini schema a non-empty answer must satisfy, built from the field's rules. */
  value(field: Field): z.ZodMiniType;
}

export const isBlank = (value: Value | undefined): boolean =>
  value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
