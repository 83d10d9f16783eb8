import { expect, test } from 'vitest';
import { keptAnswers, keptInDraft, passwordLike } from '../../src/schema/kept-in-draft';
import { parseForm, parseFormOrThrow } from '../../src/schema/parse-form';
import { draftForm } from '../fixtures/draft-form';

test.each([
  'password',
  'newPassword',
  'confirm_password',
  'passwd',
  'passcode',
  'pwd',
  'pin',
  'accountPin',
  'pin-code',
  'otp',
  'cvc',
  'cvv',
  'cvv2',
  'csc',
  'cardNumber',
  'card_no',
  'ccNumber',
  'iban',
  'IBAN',
  'ssn',
  'socialSecurityNumber',
  'accountNumber',
  'routing_number',
  'taxId',
  'securityCode',
  'apiSecret',
])('the name %s reads like a secret', (name) => {
  expect(passwordLike({ name })).toBe(true);
});

test.each([
  'current-password',
  'new-password',
  'one-time-code',
  'cc-number',
  'cc-csc',
  'cc-exp',
  'section-pay billing cc-number',
])('the autocomplete %s reads like a secret', (autocomplete) => {
  expect(passwordLike({ name: 'answer', autocomplete })).toBe(true);
});

test.each([
  'email',
  'name',
  'shipping',
  'spinner',
  'opinion',
  'company',
  'passenger',
  'cardigan_size',
  'role',
  'zipCode',
  'phone',
  'discount_code',
])('the name %s is an ordinary answer', (name) => {
  expect(passwordLike({ name, autocomplete: 'email' })).toBe(false);
});

test('a draft keeps ordinary answers only: not sensitive, password-like or hidden fields', () => {
  const form = parseFormOrThrow(draftForm);
  const fields = form.steps.flatMap((step) => step.fields);
  expect(fields.filter(keptInDraft).map((field) => field.name)).toEqual(['email', 'name', 'role']);
  expect(
    keptAnswers(form, {
      email: 'a@b.co',
      name: 'Ada',
      role: undefined,
      health: 'asthma',
      accountPin: '0000',
      card: '4242',
      source: 'landing',
    }),
  ).toEqual({ email: 'a@b.co', name: 'Ada' });
});

test('a hidden field filled from the page is never kept, tracked or not', () => {
  const form = parseFormOrThrow({
    id: 'f',
    steps: [
      {
        id: 'a',
        fields: [
          { name: 'email', type: 'email' },
          { name: 'utm_source', type: 'hidden', from: 'query', track: true },
          { name: 'came_from', type: 'hidden', from: 'referrer' },
        ],
      },
    ],
  });
  expect(
    keptAnswers(form, { email: 'a@b.co', utm_source: 'news', came_from: 'https://news.example/' }),
  ).toEqual({ email: 'a@b.co' });
});

test('drafts are on for a day by default; draft: false turns them off; ttl is taken as given', () => {
  expect(parseFormOrThrow(draftForm).draft).toEqual({ ttl: 86_400_000 });
  expect(parseFormOrThrow({ ...draftForm, draft: true }).draft).toEqual({ ttl: 86_400_000 });
  expect(parseFormOrThrow({ ...draftForm, draft: false }).draft).toBe(false);
  expect(parseFormOrThrow({ ...draftForm, draft: { ttl: 60_000 } }).draft).toEqual({ ttl: 60_000 });
  expect(parseFormOrThrow(draftForm).steps[2]?.fields[2]?.sensitive).toBe(true);
  expect(parseFormOrThrow(draftForm).steps[2]?.fields[0]?.sensitive).toBe(false);
});

const problems = (input: unknown): string[] => {
  const result = parseForm(input);
  if (result.ok) throw new Error('expected the config to be refused');
  return result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

test.each([
  [{ ttl: 0 }, 'draft.ttl'],
  [{ ttl: -5 }, 'draft.ttl'],
  [{ ttl: 1.5 }, 'draft.ttl'],
  [{ ttl: '1d' }, 'draft.ttl'],
  [{ ttl: 1000, keep: true }, 'draft.keep'],
  ['yes', 'draft'],
])('refuses draft %j, naming %s', (draft, path) => {
  expect(problems({ ...draftForm, draft }).some((line) => line.startsWith(`${path}:`))).toBe(true);
});

test('refuses a field both sensitive and tracked, and a sensitive that is not a boolean', () => {
  const step = (field: Record<string, unknown>) => ({
    id: 'f',
    steps: [{ id: 'a', fields: [{ name: 'x', ...field }] }],
  });
  expect(problems(step({ sensitive: true, track: true }))).toEqual([
    'steps[0].fields[0].track: a sensitive field is never sent to analytics: remove track or sensitive',
  ]);
  expect(problems(step({ sensitive: 'yes' }))[0]).toMatch(/^steps\[0\]\.fields\[0\]\.sensitive:/);
});
