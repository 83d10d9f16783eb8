import { expect, test } from 'vitest';
import { ConfigError } from '../../src/schema/config-error';
import { parseForm, parseFormOrThrow } from '../../src/schema/parse-form';
import { everyField } from '../fixtures/every-field';
import { freeGuide } from '../fixtures/free-guide';

const problems = (input: unknown): string[] => {
  const result = parseForm(input);
  if (result.ok) throw new Error('expected the config to be refused');
  return result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

const oneStep = (step: Record<string, unknown>, more: Record<string, unknown>[] = []) => ({
  id: 'f',
  steps: [step, ...more],
});

test('accepts the DESIGN.md config and fills in every default', () => {
  const form = parseFormOrThrow(freeGuide);
  expect(form.variant).toBe('default');
  expect(form.progress).toBe(true);
  expect(form.steps.map((s) => s.type)).toEqual(['cta', 'fields', 'fields', 'thanks']);
  const email = form.steps[1]?.fields[0];
  expect(email).toMatchObject({
    name: 'email',
    type: 'email',
    required: true,
    autocomplete: 'email',
    track: false,
  });
  expect(form.steps[1]?.lead).toBe(true);
  expect(form.steps[2]?.fields[1]?.options).toEqual([
    { value: 'Business owner', label: 'Business owner' },
    { value: 'Freelancer', label: 'Freelancer' },
  ]);
  expect(form.steps[3]?.offer).toEqual({ label: 'Watch the video', href: '/video' });
  expect(form.submit).toEqual({ url: '/api/leads', headers: {} });
});

test('freezes the model all the way down', () => {
  const form = parseFormOrThrow(freeGuide);
  expect(Object.isFrozen(form)).toBe(true);
  expect(Object.isFrozen(form.steps[2]?.fields[1]?.options[0])).toBe(true);
  expect(() => {
    (form.steps as unknown as unknown[]).push({});
  }).toThrow();
});

test('folds radio into choice, anchors patterns and keeps hidden values', () => {
  const fields = parseFormOrThrow(everyField).steps[0]?.fields ?? [];
  const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
  expect(byName.role?.type).toBe('choice');
  expect(byName.role?.options[0]).toEqual({ value: 'owner', label: 'Owner' });
  expect(byName.phone?.pattern?.test('+44 1234 567')).toBe(true);
  expect(byName.phone?.pattern?.test('call +44 1234 567')).toBe(false);
  expect(byName.source?.value).toBe('landing');
  expect(byName.notes?.type).toBe('textarea');
});

test('turns a choice step into one required choice field named by the step', () => {
  const form = parseFormOrThrow(
    oneStep({ id: 'goal', type: 'choice', title: 'Your goal?', options: ['Grow', 'Save'] }, [
      { id: 'plan', type: 'choice', name: 'tier', options: ['a'] },
    ]),
  );
  expect(form.steps[0]?.fields).toEqual([
    expect.objectContaining({ name: 'goal', type: 'choice', label: 'Your goal?', required: true }),
  ]);
  expect(form.steps[1]?.fields[0]?.name).toBe('tier');
});

test('normalizes branches from a step id or a list, with their conditions', () => {
  const form = parseFormOrThrow({
    id: 'f',
    steps: [
      {
        id: 'a',
        type: 'choice',
        options: ['x', 'y'],
        next: [{ when: { field: 'a', equals: 'x' }, goto: 'c' }],
      },
      { id: 'b', type: 'cta', next: 'c' },
      { id: 'c', type: 'cta' },
    ],
  });
  expect(form.steps[0]?.branches).toEqual([{ goto: 'c', when: { field: 'a', op: 'equals', value: 'x' } }]);
  expect(form.steps[1]?.branches).toEqual([{ goto: 'c' }]);
});

test('never throws, whatever it is given', () => {
  for (const input of [undefined, null, 42, 'form', [], {}, { steps: 'x' }, { id: 1, steps: [null] }]) {
    const result = parseForm(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(ConfigError);
  }
});

test('names an unknown field type with its path and the allowed types', () => {
  expect(problems(oneStep({ id: 'a', fields: [{ name: 'p', type: 'phone' }] }))).toEqual([
    'steps[0].fields[0].type: expected one of "email", "text", "tel", "number", "textarea", "select", "choice", "radio", "checkbox", "consent", "hidden", received "phone"',
  ]);
});

test('names a misspelt option', () => {
  expect(problems(oneStep({ id: 'a', fields: [{ name: 'e', requried: true }] }))).toEqual([
    'steps[0].fields[0].requried: unknown option; check its spelling against the config reference',
  ]);
});

test('lists every problem at once, shape and cross-key rules together', () => {
  const list = problems({
    id: 'f',
    steps: [
      { id: 'a', fields: [{ name: 'e', type: 'phone' }], next: [{ goto: 'zz' }] },
      { id: 't', type: 'thanks' },
      { id: 'a', type: 'cta' },
    ],
  });
  expect(list).toEqual([
    expect.stringMatching(/^steps\[0\]\.fields\[0\]\.type: expected one of/),
    'steps[0].next[0].goto: "zz" names no step. Step ids are: a, t',
    'steps[1]: a thanks step must be the last step (the end of the form)',
    'steps[2].id: "a" is already the id of steps[0]; step ids must be unique',
  ]);
});

test('refuses an empty form, or one with only a thanks step', () => {
  expect(problems({ id: 'f', steps: [] })).toEqual([
    'steps: a form needs at least one step that asks something (cta, fields or choice)',
  ]);
  expect(problems({ id: 'f', steps: [{ id: 't', type: 'thanks' }] })).toHaveLength(1);
});

test('refuses duplicate answer names across steps', () => {
  expect(
    problems(oneStep({ id: 'a', fields: [{ name: 'email' }] }, [{ id: 'b', fields: [{ name: 'email' }] }])),
  ).toEqual([
    'steps[1].fields[0].name: "email" is already the name of steps[0].fields[0]; answer names must be unique in a form',
  ]);
});

test('refuses a branch that jumps backwards or to itself', () => {
  expect(problems(oneStep({ id: 'a', type: 'cta' }, [{ id: 'b', type: 'cta', next: 'a' }]))).toEqual([
    'steps[1].next: "a" is not after this step; a branch may only jump forward',
  ]);
});

test('checks branch conditions: one operator, a field that exists', () => {
  expect(
    problems(
      oneStep(
        {
          id: 'a',
          type: 'choice',
          options: ['x'],
          next: [{ when: { field: 'rol', equals: 'x', in: ['x'] }, goto: 'b' }],
        },
        [{ id: 'b', type: 'cta' }],
      ),
    ),
  ).toEqual([
    'steps[0].next[0].when: needs exactly one of equals, notEquals, in, filled; received equals, in',
    'steps[0].next[0].when.field: "rol" names no field. Field names are: a',
  ]);
});

test('checks which keys each step type takes', () => {
  expect(
    problems({
      id: 'f',
      steps: [
        { id: 'a', type: 'cta', fields: [{ name: 'x' }] },
        { id: 'b', fields: [] },
        { id: 'c', type: 'choice', options: [] },
        { id: 't', type: 'thanks', button: 'Go', next: 'a' },
      ],
    }),
  ).toEqual([
    'steps[0].fields: a cta step does not take "fields"',
    'steps[1].fields: a fields step needs at least one field',
    'steps[2].options: a choice step needs at least one option',
    'steps[3].button: a thanks step does not take "button"',
    'steps[3].next: on a thanks step, next is the next small ask: { label, href }',
  ]);
});

test('checks field rules against the field type', () => {
  expect(
    problems(
      oneStep({
        id: 'a',
        fields: [
          { name: 's', type: 'select' },
          { name: 'n', type: 'number', minLength: 2, min: 5, max: 1 },
          { name: 't', pattern: '([a-z' },
          { name: 'c', type: 'consent', options: ['x'], value: 'y' },
        ],
      }),
    ),
  ).toEqual([
    'steps[0].fields[0].options: a select field needs options',
    'steps[0].fields[1].minLength: a number field does not take minLength',
    'steps[0].fields[1].min: min (5) is greater than max (1)',
    'steps[0].fields[2].pattern: "([a-z" is not a valid regular expression',
    'steps[0].fields[3].options: a consent field does not take options',
    'steps[0].fields[3].value: only hidden fields take a fixed value',
  ]);
});

test('keeps where a hidden field is filled from, with its fallback value', () => {
  const fields = parseFormOrThrow(
    oneStep({
      id: 'a',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'utm_source', type: 'hidden', from: 'query', value: 'direct' },
        { name: 'click_id', type: 'hidden', from: 'query:gclid' },
        { name: 'came_from', type: 'hidden', from: 'referrer' },
        { name: 'first_page', type: 'hidden', from: 'landing' },
      ],
    }),
  ).steps[0]?.fields;
  expect(fields?.map((f) => [f.name, f.from, f.value])).toEqual([
    ['email', undefined, undefined],
    ['utm_source', 'query', 'direct'],
    ['click_id', 'query:gclid', undefined],
    ['came_from', 'referrer', undefined],
    ['first_page', 'landing', undefined],
  ]);
});

test('refuses "from" on a field that is not hidden, naming its path', () => {
  expect(
    problems(oneStep({ id: 'a', fields: [{ name: 'utm_source', type: 'text', from: 'query' }] })),
  ).toEqual([
    'steps[0].fields[0].from: only hidden fields are filled from the page; this is a text field: set "type": "hidden" or remove "from"',
  ]);
});

test('refuses a source it does not know, and a required field filled from the page', () => {
  expect(
    problems(
      oneStep({
        id: 'a',
        fields: [
          { name: 'email', type: 'email' },
          { name: 'src', type: 'hidden', from: 'cookie' },
          { name: 'blank', type: 'hidden', from: 'query:' },
          { name: 'utm_source', type: 'hidden', from: 'query', required: true },
        ],
      }),
    ),
  ).toEqual([
    'steps[0].fields[1].from: must be "query", "query:<parameter>", "referrer" or "landing", received "cookie"',
    'steps[0].fields[2].from: must be "query", "query:<parameter>", "referrer" or "landing", received "query:"',
    'steps[0].fields[3].required: a field filled from the page cannot be required (the person cannot fill it in); give a fallback "value" instead',
  ]);
});

test('refuses ids that cannot name a DOM id or an answer', () => {
  expect(problems(oneStep({ id: '1st step', type: 'cta' }))).toEqual([
    'steps[0].id: must start with a letter and use only letters, digits, "_" and "-", received "1st step"',
  ]);
});

test('needs a url for a beacon sink', () => {
  expect(problems({ ...oneStep({ id: 'a', type: 'cta' }), analytics: [{ type: 'beacon' }] })).toEqual([
    'analytics[0].url: a beacon sink needs a url',
  ]);
});

test('explains a wrong next with the forms it may take', () => {
  expect(problems(oneStep({ id: 'a', type: 'cta' }, [{ id: 't', type: 'thanks', next: 5 }]))).toEqual([
    'steps[1].next: expected a step id, a list of branches ({ when, goto }), or on a thanks step { label, href }, received 5',
  ]);
});

test('writes one readable message naming the form and each problem', () => {
  const result = parseForm({
    id: 'guide',
    steps: [
      { id: 'a', fields: [{ name: 'x', type: 'phone' }] },
      { id: 'a', type: 'cta' },
    ],
  });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message.split('\n')).toEqual([
    'yesladder: the config of form "guide" has 2 problems. The form is not shown until it is fixed.',
    expect.stringMatching(/^ {2}- steps\[0\]\.fields\[0\]\.type: expected one of/),
    '  - steps[1].id: "a" is already the id of steps[0]; step ids must be unique',
  ]);
  expect(() => parseFormOrThrow({ id: 'guide', steps: [] })).toThrow(ConfigError);
});

test('fills in the display defaults: inline, or a popover anchored to its click trigger', () => {
  expect(parseFormOrThrow(freeGuide).display).toEqual({
    mode: 'inline',
    placement: 'bottom',
    trigger: {},
    repeat: false,
  });
  const popover = parseFormOrThrow({
    ...freeGuide,
    display: { mode: 'popover', trigger: { click: '#cta' } },
  });
  expect(popover.display).toEqual({
    mode: 'popover',
    anchor: '#cta',
    placement: 'bottom',
    trigger: { click: '#cta' },
    repeat: false,
  });
});

test('checks the display: triggers are for popovers and modals, a popover needs an anchor', () => {
  expect(problems({ ...freeGuide, display: { trigger: { delay: 5 } } })).toEqual([
    'display.trigger: an inline form is always shown; trigger is for popover and modal',
  ]);
  expect(problems({ ...freeGuide, display: { mode: 'popover', trigger: { delay: 5 } } })).toEqual([
    'display.anchor: a popover needs an element to point at: set display.anchor or display.trigger.click',
  ]);
  expect(problems({ ...freeGuide, display: { mode: 'modal', placement: 'top' } })).toEqual([
    'display.placement: a modal is centred on the page; placement is for popover',
  ]);
  expect(problems({ ...freeGuide, display: { mode: 'sidebar', trigger: { scroll: 120 } } })).toEqual([
    'display.mode: expected one of "inline", "popover", "modal", received "sidebar"',
    'display.trigger.scroll: must be at most 100, received 120',
  ]);
});

test('refuses a field name every JavaScript object already has, such as constructor', () => {
  const result = parseForm({
    id: 'f',
    steps: [
      {
        id: 'a',
        fields: [
          { name: 'constructor', type: 'text' },
          { name: 'toString', type: 'text' },
        ],
      },
      { id: 't', type: 'thanks', title: 'Thanks' },
    ],
  });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
    'steps[0].fields[0].name: "constructor" is a name every JavaScript object already has; choose another',
    'steps[0].fields[1].name: "toString" is a name every JavaScript object already has; choose another',
  ]);
});

test('a text field named like a person detail gets its autofill token; a config token or another type wins', () => {
  const result = parseForm({
    id: 'f',
    steps: [
      {
        id: 'a',
        fields: [
          { name: 'name', type: 'text' },
          { name: 'first_name', type: 'text' },
          { name: 'lastName', type: 'text' },
          { name: 'company', type: 'text' },
          { name: 'job-title', type: 'text' },
          { name: 'postcode', type: 'text' },
          { name: 'nickname', type: 'text' },
          { name: 'country', type: 'text', autocomplete: 'off' },
          { name: 'city', type: 'textarea' },
          { name: 'email' },
        ],
      },
      { id: 't', type: 'thanks', title: 'Thanks' },
    ],
  });
  if (!result.ok) throw result.error;
  const step = result.form.steps[0];
  const tokens = step?.type === 'fields' ? step.fields.map((field) => [field.name, field.autocomplete]) : [];
  expect(tokens).toEqual([
    ['name', 'name'],
    ['first_name', 'given-name'],
    ['lastName', 'family-name'],
    ['company', 'organization'],
    ['job-title', 'organization-title'],
    ['postcode', 'postal-code'],
    ['nickname', undefined],
    ['country', 'off'],
    ['city', undefined],
    ['email', undefined],
  ]);
});

const prefillForm = (more: Record<string, unknown>) => ({
  id: 'f',
  steps: [
    {
      id: 'you',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'notes', sensitive: true },
        { name: 'terms', type: 'consent' },
        { name: 'utm_source', type: 'hidden', from: 'query' },
      ],
    },
    { id: 'role', type: 'choice', options: ['a', 'b'] },
  ],
  ...more,
});

test('fills in the prefill defaults: nothing from the URL, nothing skipped', () => {
  const form = parseFormOrThrow(prefillForm({}));
  expect(form.prefill).toEqual({ query: false });
  expect(form.skipPrefilled).toBe(false);
  const on = parseFormOrThrow(prefillForm({ prefill: { query: ['email', 'role'] }, skipPrefilled: true }));
  expect(on.prefill).toEqual({ query: ['email', 'role'] });
  expect(on.skipPrefilled).toBe(true);
});

test('checks the shape of prefill and skipPrefilled, with their paths', () => {
  expect(problems(prefillForm({ prefill: { query: 'email', from: 'url' }, skipPrefilled: 'yes' }))).toEqual([
    'prefill.query: expected true (every field it may fill) or a list of field names, received "email"',
    'prefill.from: unknown option; check its spelling against the config reference',
    'skipPrefilled: expected boolean, received "yes"',
  ]);
  expect(problems(prefillForm({ prefill: true }))).toEqual(['prefill: expected object, received true']);
  expect(problems(prefillForm({ prefill: { query: ['email', '1st'] } }))).toEqual([
    'prefill.query[1]: must start with a letter and use only letters, digits, "_" and "-", received "1st"',
  ]);
});

test('refuses prefill.query names a URL may not fill, saying why', () => {
  expect(
    problems(prefillForm({ prefill: { query: ['email', 'emial', 'notes', 'terms', 'utm_source', 'role'] } })),
  ).toEqual([
    'prefill.query[1]: "emial" names no field. Field names are: email, notes, terms, utm_source, role',
    'prefill.query[2]: "notes" is sensitive: a URL leaks into logs and history; pass it in mount\'s prefill option',
    'prefill.query[3]: "terms" is a consent box: the person ticks it, not a link',
    'prefill.query[4]: "utm_source" is a hidden field: give it "from": "query" instead',
  ]);
});

test('an A/B arm may change prefill and skipPrefilled, checked as its own form', () => {
  const form = parseFormOrThrow(prefillForm({ variants: { control: {}, skip: { skipPrefilled: true } } }));
  expect(form.variants.map((arm) => arm.form.skipPrefilled)).toEqual([false, true]);
  expect(problems(prefillForm({ variants: { a: { prefill: { query: ['nope'] } } } }))).toEqual([
    'variants.a.prefill.query[0]: "nope" names no field. Field names are: email, notes, terms, utm_source, role',
  ]);
});
