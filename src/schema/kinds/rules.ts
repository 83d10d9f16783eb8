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

/** One of the field's option values. */
export const optionValue = (field: Field): z.ZodMiniType => z.enum(field.options.map((o) => o.value));
