import * as z from 'zod/mini';
import type { MessageKey } from '../schema/config';
import { kindOf } from '../schema/kinds';
import type { Field, Value } from '../schema/model';
import type { Issue } from './issue';

type ZodIssue = z.core.$ZodIssue;

const schemas = new WeakMap<Field, z.ZodMiniType>();
const schemaOf = (field: Field): z.ZodMiniType => {
  let schema = schemas.get(field);
  if (!schema) {
    schema = kindOf(field.type).value(field);
    schemas.set(field, schema);
  }
  return schema;
};

/** zod's issue → our code and params. Our words never depend on zod's locales. */
const translate = (issue: ZodIssue): { code: MessageKey; params: Record<string, string | number> } => {
  switch (issue.code) {
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'invalid_email' : 'pattern_mismatch', params: {} };
    case 'too_small':
      return {
        code: issue.origin === 'number' ? 'too_small' : 'too_short',
        params: { minimum: Number(issue.minimum) },
      };
    case 'too_big':
      return {
        code: issue.origin === 'number' ? 'too_large' : 'too_long',
        params: { maximum: Number(issue.maximum) },
      };
    case 'invalid_type':
      return { code: issue.expected === 'number' ? 'not_a_number' : 'invalid', params: {} };
    case 'invalid_value':
    case 'invalid_element':
      return { code: 'invalid_option', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
};

/** Each field's last answer checked and what was found: a blur then a Next check it once. */
const lastChecked = new WeakMap<Field, { value: Value; issue: Issue | undefined }>();

/** The first thing wrong with one answer, or `undefined` when it is fine. */
export const validateField = (field: Field, value: Value | undefined): Issue | undefined => {
  const kind = kindOf(field.type);
  if (kind.empty(value)) {
    return field.required ? { code: kind.requiredCode, path: field.name, params: {} } : undefined;
  }
  const last = lastChecked.get(field);
  // A check depends on the field and the answer only (a list answer is a new array each time).
  if (last && last.value === value) return last.issue;
  const result = z.safeParse(schemaOf(field), value);
  const first = result.success ? undefined : result.error.issues[0];
  const issue = first && { ...translate(first), path: field.name };
  lastChecked.set(field, { value: value as Value, issue });
  return issue;
};

/** Builds a field's check ahead of its first answer (on idle), so the first blur does not pay for it. */
export const prepareField = (field: Field): void => {
  if (field.type !== 'hidden') schemaOf(field);
};
