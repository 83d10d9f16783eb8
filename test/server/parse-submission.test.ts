import { expect, expectTypeOf, test } from 'vitest';
import { ConfigError } from '../../src/schema/config-error';
import { defineForm } from '../../src/schema/define-form';
import { parseSubmission } from '../../src/server/parse-submission';
import type { Submission } from '../../src/submit/types';
import { encodeBody, wireBody } from '../../src/submit/wire-body';
import { everyField } from '../fixtures/every-field';
import { freeGuide } from '../fixtures/free-guide';

/** A body exactly as the widget builds it. */
const sent = (submission: Partial<Submission> = {}) =>
  wireBody(
    {
      formId: 'free-guide',
      variant: 'default',
      sessionId: 's-1',
      submission: 'final',
      stepId: 'about',
      answers: { email: 'ada@example.com', name: 'Ada', role: 'Freelancer' },
      ...submission,
    },
    'key-1',
    Date.UTC(2026, 0, 1),
  );

const issuesOf = (config: object, body: unknown) => {
  const result = parseSubmission(config, body);
  if (result.ok) throw new Error(`expected issues, got ${JSON.stringify(result.submission)}`);
  return result.issues;
};

const branching = defineForm({
  id: 'quiz',
  steps: [
    {
      id: 'who',
      type: 'choice',
      options: ['Business owner', 'Freelancer'],
      next: [{ when: { field: 'who', equals: 'Freelancer' }, goto: 'solo' }],
    },
    { id: 'team', fields: [{ name: 'size', type: 'number', required: true }], next: 'contact' },
    { id: 'solo', fields: [{ name: 'niche', required: true }] },
    { id: 'contact', lead: true, fields: [{ name: 'email', type: 'email', required: true }] },
    { id: 'thanks', type: 'thanks' },
  ],
});

test('accepts the final submission the widget sends, with typed answers and its meta', () => {
  const result = parseSubmission(freeGuide, sent());
  expect(result).toEqual({
    ok: true,
    submission: {
      formId: 'free-guide',
      variant: 'default',
      sessionId: 's-1',
      kind: 'final',
      stepId: 'about',
      answers: { email: 'ada@example.com', name: 'Ada', role: 'Freelancer' },
      path: ['start', 'email', 'about'],
      submittedAt: '2026-01-01T00:00:00.000Z',
      idempotencyKey: 'key-1',
      suspectedBot: false,
      botSignals: [],
      ignored: [],
    },
  });
  if (result.ok) {
    expectTypeOf(result.submission.answers.role).toEqualTypeOf<'Business owner' | 'Freelancer' | undefined>();
    expectTypeOf(result.submission.answers.email).toEqualTypeOf<string | undefined>();
  }
});

test('accepts the lead, checking only the steps up to the lead step', () => {
  const result = parseSubmission(
    freeGuide,
    sent({ submission: 'lead', stepId: 'email', answers: { email: 'ada@example.com' } }),
  );
  expect(result.ok && result.submission).toMatchObject({ kind: 'lead', path: ['start', 'email'] });
});

test('refuses a missing required field, naming it', () => {
  expect(issuesOf(freeGuide, sent({ answers: { name: 'Ada' } }))).toEqual([
    { path: 'answers.email', code: 'required', message: 'Please fill this in.' },
  ]);
});

test('refuses answers of the wrong type or outside their rules, one issue per field', () => {
  const answers = { email: 42, role: 'Admin', phone: ['1', '2'] } as never;
  expect(issuesOf(freeGuide, sent({ answers })).map(({ path, code }) => `${path} ${code}`)).toEqual([
    'answers.email invalid',
    'answers.role invalid_option',
    'answers.phone invalid',
  ]);
  const every = {
    email: 'a@b.co',
    terms: true,
    seats: 500,
    name: 'A',
    phone: 'call me',
    topics: ['SEO', 'x'],
  };
  expect(
    issuesOf(everyField, {
      ...sent({ answers: every as never }),
      form_id: 'every-field',
      step_id: 'all',
    }).map(({ path, code }) => `${path} ${code}`),
  ).toEqual([
    'answers.name too_short',
    'answers.phone pattern_mismatch',
    'answers.seats too_large',
    'answers.topics invalid_option',
  ]);
});

test('speaks the config’s own words for field issues', () => {
  const config = { ...freeGuide, messages: { required: 'Obligatoire.' } };
  expect(issuesOf(config, sent({ answers: {} }))[0]?.message).toBe('Obligatoire.');
});

test('drops keys the config does not know and lists what it dropped', () => {
  const body = { ...sent(), is_admin: true, answers: { ...sent().answers, admin: true, price: 0 } };
  const result = parseSubmission(freeGuide, body);
  expect(result.ok && result.submission.answers).toEqual({
    email: 'ada@example.com',
    name: 'Ada',
    role: 'Freelancer',
  });
  expect(result.ok && result.submission.ignored).toEqual(['is_admin', 'answers.admin', 'answers.price']);
});

test('a __proto__ or constructor payload pollutes nothing and is dropped', () => {
  const text = JSON.stringify(sent())
    .replace(
      '"answers":{',
      '"answers":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
    )
    .replace('{"form_id"', '{"__proto__":{"isAdmin":true},"form_id"');
  const result = parseSubmission(freeGuide, text);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(Object.getPrototypeOf(result.submission.answers)).toBe(Object.prototype);
  expect(Object.keys(result.submission.answers)).toEqual(['email', 'name', 'role']);
  expect(result.submission.ignored).toEqual(['__proto__', 'answers.__proto__', 'answers.constructor']);
});

test('a config naming a field like an Object.prototype key (constructor, toString) is refused: such names cannot be read safely', () => {
  const config = {
    id: 'proto',
    steps: [
      { id: 'one', fields: [{ name: 'constructor', required: true }] },
      { id: 'thanks', type: 'thanks', title: 'Thanks' },
    ],
  };
  const body = {
    form_id: 'proto',
    variant: 'v',
    session_id: 's',
    submission: 'final',
    step_id: 'one',
    answers: {},
  };
  expect(() => parseSubmission(config as never, body)).toThrow(
    /"constructor" is a name every JavaScript object already has/,
  );
});

test('follows the branch the answers take: a skipped step’s required field is not asked for, its answers dropped', () => {
  const body = {
    form_id: 'quiz',
    variant: 'default',
    session_id: 's',
    submission: 'final',
    step_id: 'contact',
    answers: { who: 'Freelancer', niche: 'SEO', email: 'ada@example.com', size: 'lots' },
  };
  const result = parseSubmission(branching, body);
  expect(result.ok && result.submission).toMatchObject({
    path: ['who', 'solo', 'contact'],
    answers: { who: 'Freelancer', niche: 'SEO', email: 'ada@example.com' },
    ignored: ['answers.size'],
  });
  // The other branch: now `size` is on the path and required, `niche` is not.
  const team = issuesOf(branching, {
    ...body,
    answers: { who: 'Business owner', niche: 'SEO', email: 'a@b.co' },
  });
  expect(team).toEqual([{ path: 'answers.size', code: 'required', message: 'Please fill this in.' }]);
});

test('refuses a step the answers do not lead to, a final that stops early, and a lead from a step that is no lead', () => {
  const base = {
    form_id: 'quiz',
    variant: 'default',
    session_id: 's',
    answers: { who: 'Freelancer', niche: 'x' },
  };
  expect(issuesOf(branching, { ...base, submission: 'final', step_id: 'team' })).toEqual([
    {
      path: 'step_id',
      code: 'not_on_path',
      message: '"team" is not on the path these answers lead to (who → solo → contact)',
    },
  ]);
  expect(issuesOf(branching, { ...base, submission: 'final', step_id: 'solo' })[0]?.code).toBe(
    'not_last_step',
  );
  expect(issuesOf(branching, { ...base, submission: 'lead', step_id: 'solo' })[0]?.code).toBe(
    'not_a_lead_step',
  );
  expect(issuesOf(branching, { ...base, submission: 'final', step_id: 'thanks' })[0]?.code).toBe(
    'not_on_path',
  );
});

test('refuses another form’s submission and a body with no meta, naming each key', () => {
  expect(issuesOf(freeGuide, { ...sent(), form_id: 'other' })).toEqual([
    { path: 'form_id', code: 'wrong_form', message: 'expected "free-guide", received "other"' },
  ]);
  expect(issuesOf(freeGuide, { answers: {} }).map(({ path, code }) => `${path} ${code}`)).toEqual([
    'form_id wrong_form',
    'submission invalid_submission',
    'variant invalid_meta',
    'session_id invalid_meta',
    'step_id invalid_meta',
  ]);
  expect(issuesOf(freeGuide, { ...sent(), idempotency_key: 7 })[0]?.code).toBe('invalid_key');
});

test('refuses a body that is not a submission at all', () => {
  for (const body of [null, undefined, 42, [], '{"form_id":', { ...sent(), answers: [] }]) {
    expect(issuesOf(freeGuide, body)[0]?.code).toBe('invalid_body');
  }
});

test('reads the JSON text a beacon sends', () => {
  expect(parseSubmission(freeGuide, JSON.stringify(sent())).ok).toBe(true);
});

test('reads the urlencoded form the widget sends, each field back in its own type', () => {
  const answers = {
    email: 'a@b.co',
    name: 'Ada',
    seats: 12,
    size: '1-10',
    role: 'owner',
    topics: ['SEO'],
    newsletter: false,
    terms: true,
    source: 'landing',
  };
  const body = wireBody(
    { formId: 'every-field', variant: 'b', sessionId: 's', submission: 'final', stepId: 'all', answers },
    'key-9',
    0,
  );
  const [text] = encodeBody(body, 'form');
  for (const form of [text, new URLSearchParams(text)]) {
    const result = parseSubmission(everyField, form);
    expect(result.ok && result.submission).toMatchObject({ answers, variant: 'b', idempotencyKey: 'key-9' });
  }
  const [bad] = encodeBody(
    { ...body, answers: { ...answers, seats: 'many' as never, terms: 'maybe' as never } },
    'form',
  );
  expect(issuesOf(everyField, bad).map((issue) => `${issue.path} ${issue.code}`)).toEqual([
    'answers.seats not_a_number',
    'answers.terms invalid',
  ]);
});

test('surfaces the widget’s bot flags, in either format', () => {
  const flagged = sent({ bot: ['honeypot', 'too_fast'] });
  for (const body of [flagged, encodeBody(flagged, 'form')[0]]) {
    const result = parseSubmission(freeGuide, body);
    expect(result.ok && result.submission).toMatchObject({
      suspectedBot: true,
      botSignals: ['honeypot', 'too_fast'],
    });
  }
});

test('the Idempotency-Key header wins over the body’s key', () => {
  const result = parseSubmission(freeGuide, sent(), { idempotencyKey: 'from-header' });
  expect(result.ok && result.submission.idempotencyKey).toBe('from-header');
});

test('a bad config is the server’s own bug: it throws a ConfigError', () => {
  expect(() => parseSubmission({ id: 'x', steps: [] }, sent())).toThrow(ConfigError);
});
