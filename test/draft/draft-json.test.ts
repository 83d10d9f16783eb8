import { expect, test } from 'vitest';
import { draftFromJson, draftToJson } from '../../src/draft/draft-json';
import { restoredState } from '../../src/flow/restore';
import { parseFormOrThrow } from '../../src/schema/parse-form';
import { draftForm } from '../fixtures/draft-form';

const form = parseFormOrThrow(draftForm);
const HOUR = 3_600_000;
const state = {
  ...restoredState(form, 'session-9', { history: ['start', 'email', 'about'], answers: {} }),
  answers: {
    email: 'ada@example.com',
    name: 'Ada',
    health: 'asthma',
    accountPin: '1234',
    card: '4242424242424242',
    source: 'landing',
  },
};

test('writes the step, the time and the answers a draft may keep, nothing else (no session id)', () => {
  expect(JSON.parse(draftToJson(state, 5_000))).toEqual({
    v: 1,
    at: 5_000,
    history: ['start', 'email', 'about'],
    answers: { email: 'ada@example.com', name: 'Ada' },
  });
});

test('the stored text holds no sensitive, password-like or hidden value', () => {
  const json = draftToJson(state, 5_000);
  for (const secret of ['asthma', '1234', '4242424242424242', 'landing', 'session-9'])
    expect(json).not.toContain(secret);
});

test('reads back a draft younger than its ttl', () => {
  const json = draftToJson(state, 5_000);
  expect(draftFromJson(json, HOUR, 5_000 + HOUR - 1)).toEqual({
    at: 5_000,
    history: ['start', 'email', 'about'],
    answers: { email: 'ada@example.com', name: 'Ada' },
  });
});

test('a draft as old as its ttl has expired', () => {
  const json = draftToJson(state, 5_000);
  expect(draftFromJson(json, HOUR, 5_000 + HOUR)).toBeUndefined();
});

test.each([
  ['nothing stored', null],
  ['not JSON', '{"v":1,'],
  ['JSON null', 'null'],
  ['a number', '42'],
  ['another version', '{"v":2,"at":0,"history":[],"answers":{}}'],
  ['no time', '{"v":1,"history":[],"answers":{}}'],
  ['a time that is not a number', '{"v":1,"at":"0","history":[],"answers":{}}'],
  ['no history', '{"v":1,"at":0,"answers":{}}'],
  ['no answers', '{"v":1,"at":0,"history":[]}'],
  ['answers that are not an object', '{"v":1,"at":0,"history":[],"answers":"x"}'],
])('reads no draft from %s', (_, json) => {
  expect(draftFromJson(json, HOUR, 10)).toBeUndefined();
});
