import * as z from 'zod/mini';
import type { Field } from '../model';

/** A string schema with the field's length and pattern rules. */
export const textValue = (field: Field, base: z.ZodMiniString<string> = z.string()): z.ZodMiniType => {
  const checks = [];
  if (field.minLength !== undefined) checks.push(z.minLength(field.minLength));
  if (field.maxLength !== undefined) checks.push(z.maxLength(field.maxLength));
  if (field.pattern) checks.push(z.regex(field.pattern));
  return checks.length ? base.check(...checks) : base;
};

/**
 * One of the field's option values, looked up in a set. (zod's enum builds a regular
 * expression of every option as well: with hundreds of options, most of a step's Next.)
 * A value that is none of them is an `invalid_value` issue, as zod's enum reports it.
 */
export const optionValue = (field: Field): z.ZodMiniType => {
  const values = new Set(field.options.map((o) => o.value));
  // Any other value, a number or `null` too, is that issue, as it was with zod's enum.
  return z.unknown().check(
    z.check((payload) => {
      if (!values.has(payload.value as string))
        payload.issues.push({ code: 'invalid_value', values: [], input: payload.value });
    }),
  );
};
