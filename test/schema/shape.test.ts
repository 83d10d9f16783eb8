import { expect, test } from 'vitest';
import { configShape } from '../../src/schema/config-shape';
import { parseForm } from '../../src/schema/parse-form';
import { checkShape, type Shape } from '../../src/schema/shape';

const said = (shape: Shape, value: unknown): string[] =>
  checkShape(shape, value).map((issue) => `${issue.path || '(value)'}: ${issue.message}`);

const problems = (input: unknown): string[] => {
  const result = parseForm(input);
  if (result.ok) throw new Error('expected the config to be refused');
  return result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

const field = (more: Record<string, unknown>) => ({
  id: 'f',
  steps: [{ id: 'ask', fields: [{ name: 'role', type: 'select', ...more }] }],
});

test('each kind names what it expected and what it got', () => {
  expect(said({ k: 'string' }, 3)).toEqual(['(value): expected string, received 3']);
  expect(said({ k: 'number' }, '3')).toEqual(['(value): expected number, received "3"']);
  expect(said({ k: 'number' }, Number.NaN)).toEqual(['(value): expected number, received null']);
  expect(said({ k: 'number' }, Number.POSITIVE_INFINITY)).toEqual([
    '(value): expected number, received null',
  ]);
  expect(said({ k: 'boolean' }, 'false')).toEqual(['(value): expected boolean, received "false"']);
  expect(said({ k: 'array', of: { k: 'string' } }, {})).toEqual(['(value): expected array, received {}']);
  expect(said({ k: 'object', keys: {} }, [])).toEqual(['(value): expected object, received []']);
  expect(said({ k: 'record', of: { k: 'string' } }, new Map())).toEqual([
    '(value): expected record, received {}',
  ]);
  expect(said({ k: 'enum', values: ['a', 'b'] }, 'c')).toEqual([
    '(value): expected one of "a", "b", received "c"',
  ]);
  expect(said({ k: 'string' }, undefined)).toEqual(['(value): expected string, received nothing']);
  expect(said({ k: 'string', optional: true }, undefined)).toEqual([]);
});

test('numbers: whole and safe first, then every bound they break', () => {
  const count: Shape = { k: 'number', int: true, min: 0 };
  expect(said(count, 2.5)).toEqual(['(value): expected int, received 2.5']);
  expect(said(count, -2.5)).toEqual(['(value): expected int, received -2.5']);
  expect(said(count, -1)).toEqual(['(value): must be at least 0, received -1']);
  expect(said(count, 2 ** 60)).toEqual([
    `(value): must be at most ${Number.MAX_SAFE_INTEGER}, received 1152921504606847000`,
  ]);
  expect(said(count, -(2 ** 60))).toEqual([
    `(value): must be at least ${Number.MIN_SAFE_INTEGER}, received -1152921504606847000`,
    '(value): must be at least 0, received -1152921504606847000',
  ]);
  expect(said({ k: 'number', min: 0, max: 100 }, 150)).toEqual([
    '(value): must be at most 100, received 150',
  ]);
  expect(said({ k: 'number', over: 0 }, 0)).toEqual(['(value): must be more than 0, received 0']);
  expect(said({ k: 'number', over: 0 }, 0.001)).toEqual([]);
});

test('objects take only their keys, each misspelling named at its own path', () => {
  const shape: Shape = { k: 'object', keys: { a: { k: 'string' }, b: { k: 'boolean', optional: true } } };
  expect(said(shape, { a: 'x', b: true })).toEqual([]);
  expect(said(shape, { a: 'x', c: 1, toString: 2 })).toEqual([
    'c: unknown option; check its spelling against the config reference',
    'toString: unknown option; check its spelling against the config reference',
  ]);
  // Only the config's own keys count: what its prototype carries is not its option.
  expect(said(shape, Object.assign(Object.create({ polluted: true }), { a: 'x' }))).toEqual([]);
});

test('records check every key against their rule and every value against their shape', () => {
  const shape: Shape = {
    k: 'record',
    key: [(key) => /^[a-z]+$/.test(key), 'must be lowercase'],
    of: { k: 'number' },
  };
  expect(said(shape, { ok: 1, Bad: 2, also: 'x' })).toEqual([
    'Bad: the name "Bad" must be lowercase',
    'also: expected number, received "x"',
  ]);
  expect(said(shape, Object.create(null))).toEqual([]);
});

test('a union passes on any fitting alternative, else reports the one that got furthest, else its words', () => {
  const option: Shape = {
    k: 'union',
    of: [
      { k: 'string' },
      { k: 'object', keys: { value: { k: 'string' }, label: { k: 'string', optional: true } } },
    ],
    words: 'a string, or { value, label }',
  };
  expect(said(option, 'a')).toEqual([]);
  expect(said(option, { value: 'a' })).toEqual([]);
  expect(said(option, { value: 'a', lable: 'A' })).toEqual([
    'lable: unknown option; check its spelling against the config reference',
  ]);
  expect(said(option, { value: 1 })).toEqual(['value: expected string, received 1']);
  expect(said(option, 7)).toEqual(['(value): expected a string, or { value, label }, received 7']);
});

test('a misspelt key of an option object is named where it is, not as "expected an option"', () => {
  expect(problems(field({ options: [{ values: 'a', label: 'A' }] }))).toEqual([
    'steps[0].fields[0].options[0].value: expected string, received nothing',
    'steps[0].fields[0].options[0].values: unknown option; check its spelling against the config reference',
  ]);
});

test('words for draft and for numbers that must be more than zero', () => {
  expect(problems({ id: 'f', draft: 'yes', steps: [{ id: 'a', type: 'cta' }] })).toEqual([
    'draft: expected true, false or { ttl }, received "yes"',
  ]);
  expect(problems({ id: 'f', draft: { ttl: 0 }, steps: [{ id: 'a', type: 'cta' }] })).toEqual([
    'draft.ttl: must be more than 0, received 0',
  ]);
});

test('the whole config shape is plain data: checking twice gives the same verdict, and nothing is kept', () => {
  const config = field({ options: ['a'], requried: true });
  expect(checkShape(configShape(), config)).toEqual(checkShape(configShape(), config));
  expect(JSON.stringify(configShape()).length).toBeGreaterThan(1000);
  // Made on each call: nothing about it stays in a page's memory after its form is mounted.
  expect(configShape()).not.toBe(configShape());
});

test('a page that wrote onto Object.prototype changes nothing in the check', () => {
  const proto = Object.prototype as Record<string, unknown>;
  proto.polluted = { k: 'boolean' };
  try {
    expect(checkShape(configShape(), field({ options: ['a'] }))).toEqual([]);
    expect(said({ k: 'object', keys: { a: { k: 'string' } } }, { a: 'x' })).toEqual([]);
  } finally {
    delete proto.polluted;
  }
});
