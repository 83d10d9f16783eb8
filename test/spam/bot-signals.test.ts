import { expect, test } from 'vitest';
import { parseForm } from '../../src/schema/parse-form';
import { botSignals } from '../../src/spam/bot-signals';

const on = { honeypot: true, minFillTime: 3000 };

test.each([
  ['a person: empty honeypot, final after 3 s', on, '', 3000, 'final', []],
  ['a filled honeypot', on, 'http://spam.example', 60_000, 'final', ['honeypot']],
  ['a final sooner than the minimum fill time', on, '', 2999, 'final', ['too_fast']],
  ['both, in a fixed order', on, 'x', 10, 'final', ['honeypot', 'too_fast']],
  ['a fast lead is not timed', on, '', 10, 'lead', []],
  ['a filled honeypot on a lead', on, 'x', 10, 'lead', ['honeypot']],
  ['honeypot off', { honeypot: false, minFillTime: 0 }, 'x', 0, 'final', []],
] as const)('%s', (_, spam, trap, at, submission, expected) => {
  expect(botSignals(spam, { trap, startedAt: 0, at, submission })).toEqual(expected);
});

test('spam defaults: a honeypot, 3 s minimum, flag', () => {
  const result = parseForm({ id: 'f', steps: [{ id: 'a', fields: [{ name: 'email' }] }] });
  expect(result.ok && result.form.spam).toEqual({ honeypot: true, minFillTime: 3000, action: 'flag' });
});

test('a wrong spam option is a config error naming its path', () => {
  const result = parseForm({
    id: 'f',
    steps: [{ id: 'a', fields: [{ name: 'email' }] }],
    spam: { action: 'block', minFillTime: -1, captcha: true },
  });
  expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
    'spam.minFillTime',
    'spam.action',
    'spam.captcha',
  ]);
});
