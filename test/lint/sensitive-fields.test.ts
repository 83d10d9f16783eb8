import { expect, test } from 'vitest';
import { sensitiveAsk } from '../../src/lint/sensitive-fields';
import type { FieldConfig } from '../../src/schema/config';
import type { Field } from '../../src/schema/model';
import { parseFormOrThrow } from '../../src/schema/parse-form';

/** A field as the linter sees it: checked and normalized. */
const field = (config: FieldConfig): Field =>
  parseFormOrThrow({ id: 'f', steps: [{ id: 's', fields: [config] }] }).steps[0]?.fields[0] as Field;

test.each<[FieldConfig, string]>([
  [{ name: 'contact', type: 'tel' }, 'a phone number'],
  [{ name: 'mobileNumber' }, 'a phone number'],
  [{ name: 'x', label: 'Your WhatsApp' }, 'a phone number'],
  [{ name: 'street' }, 'an address'],
  [{ name: 'zip_code' }, 'an address'],
  [{ name: 'where', autocomplete: 'shipping street-address' }, 'an address'],
  [{ name: 'dob' }, 'a date of birth or age'],
  [{ name: 'when', label: 'Date of birth' }, 'a date of birth or age'],
  [{ name: 'x', label: 'Your age', type: 'number' }, 'a date of birth or age'],
  [{ name: 'born', autocomplete: 'bday' }, 'a date of birth or age'],
  [{ name: 'companySize', type: 'select', options: ['1-10', '11+'] }, 'the company size'],
  [{ name: 'x', label: 'How many employees?', type: 'number' }, 'the company size'],
  [{ name: 'budget' }, 'a budget or income'],
  [{ name: 'annual_revenue' }, 'a budget or income'],
  [{ name: 'card', autocomplete: 'cc-number' }, 'an identity or card number'],
  [{ name: 'code', label: 'Door code', sensitive: true }, 'something marked sensitive'],
])('%o asks for %s', (config, ask) => {
  expect(sensitiveAsk(field(config))).toBe(ask);
});

test.each<FieldConfig>([
  { name: 'email', type: 'email', label: 'Email address' },
  { name: 'contact', label: 'Your e-mail address' },
  { name: 'site', label: 'Web address' },
  { name: 'name', label: 'Your name' },
  { name: 'city' },
  { name: 'message', type: 'textarea', label: 'Your message' },
  { name: 'page', label: 'Which page brought you here?' },
  { name: 'telephone', type: 'hidden', value: 'x' },
])('%o asks for nothing sensitive', (config) => {
  expect(sensitiveAsk(field(config))).toBeUndefined();
});
