import * as z from 'zod/mini';
import { type FieldKind, isBlank } from './kind';

export const number: FieldKind = {
  name: 'number',
  rules: ['min', 'max'],
  empty: isBlank,
  requiredCode: 'required',
  value: (field) => {
    const checks = [];
    if (field.min !== undefined) checks.push(z.gte(field.min));
    if (field.max !== undefined) checks.push(z.lte(field.max));
    return z.number().check(...checks);
  },
};
