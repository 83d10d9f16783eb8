import { expect, test } from 'vitest';
import { resolvePrefill } from '../../src/prefill/resolve-prefill';
import { parseFormOrThrow } from '../../src/schema/parse-form';

// What a form starts with, from the URL (as the config allows) and the page's `prefill`.

const signup = (query?: boolean | string[]) =>
  parseFormOrThrow({
    id: 'signup',
    ...(query === undefined ? {} : { prefill: { query } }),
    steps: [
      {
        id: 'you',
        fields: [
          { name: 'email', type: 'email', label: 'Email', required: true },
          { name: 'name', label: 'Name' },
          { name: 'age', type: 'number', min: 18 },
          { name: 'plan', type: 'select', options: ['free', 'pro'] },
          { name: 'news', type: 'checkbox' },
          { name: 'topics', type: 'checkbox', options: ['seo', 'ads', 'email'] },
          { name: 'terms', type: 'consent', label: 'I agree' },
          { name: 'notes', type: 'textarea', sensitive: true },
          { name: 'pin', label: 'Your PIN' },
          { name: 'ref', type: 'hidden', value: 'site' },
        ],
      },
      { id: 'role', type: 'choice', options: ['owner', 'freelancer'] },
      { id: 'thanks', type: 'thanks' },
    ],
  });

const url = (query: string) => `https://shop.example/landing?${query}#top`;

test('every field it may from the URL with query: true, each as its field’s answer', () => {
  const { answers } = resolvePrefill(
    signup(true),
    url(
      'email=ada%40example.com&name=Ada+Lovelace&age=36&plan=pro&news=true&topics=seo&topics=ads&role=owner',
    ),
    undefined,
  );
  expect(answers).toEqual({
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    age: 36,
    plan: 'pro',
    news: true,
    topics: ['seo', 'ads'],
    role: 'owner',
  });
});

test('only the fields listed in query', () => {
  const { answers } = resolvePrefill(
    signup(['email', 'role']),
    url('email=ada@example.com&name=Ada&role=owner'),
    {},
  );
  expect(answers).toEqual({ email: 'ada@example.com', role: 'owner' });
});

test('nothing from the URL without prefill.query', () => {
  expect(resolvePrefill(signup(), url('email=ada@example.com'), undefined).answers).toEqual({});
  expect(resolvePrefill(signup(false), url('email=ada@example.com'), undefined).answers).toEqual({});
});

test('never a sensitive, password-like, hidden or consent field from the URL', () => {
  const { answers } = resolvePrefill(
    signup(true),
    url('notes=secret&pin=1234&ref=evil&terms=true&email=ada@example.com'),
    undefined,
  );
  expect(answers).toEqual({ email: 'ada@example.com' });
});

test('the page may fill any field: sensitive, password-like, hidden and consent ones too', () => {
  const given = { notes: 'wheelchair', pin: '1234', ref: 'partner', terms: true };
  expect(resolvePrefill(signup(true), url(''), given).answers).toEqual(given);
});

test('URL values a field would refuse are left out, quietly', () => {
  const { answers, wrong } = resolvePrefill(
    signup(true),
    url('email=not-an-email&age=abc&plan=gold&news=maybe&topics=seo&topics=cats&role=robot&name='),
    undefined,
  );
  expect(answers).toEqual({});
  expect(wrong).toEqual([]);
});

test('the page’s prefill wins over the URL', () => {
  const { answers } = resolvePrefill(signup(true), url('email=url@example.com&name=Url'), {
    email: 'page@example.com',
  });
  expect(answers).toEqual({ email: 'page@example.com', name: 'Url' });
});

test('unknown names and values of the wrong type are left out and listed, never thrown', () => {
  const result = resolvePrefill(signup(), undefined, {
    emial: 'ada@example.com',
    email: 42,
    age: '36',
    plan: 'gold',
    topics: ['seo', 7],
    name: 'Ada',
    role: undefined,
    news: null,
    nope: {},
  });
  expect(result.answers).toEqual({ age: 36, name: 'Ada' });
  expect(result.unknown).toEqual(['emial', 'nope']);
  expect(result.wrong).toEqual(['email', 'plan', 'topics']);
  expect(result.malformed).toBe(false);
});

test('a prefill that is no object is malformed; none at all is fine', () => {
  for (const given of ['email=ada@example.com', ['ada@example.com'], 7])
    expect(resolvePrefill(signup(), undefined, given)).toMatchObject({ answers: {}, malformed: true });
  for (const given of [undefined, null])
    expect(resolvePrefill(signup(), undefined, given)).toMatchObject({ answers: {}, malformed: false });
});

test('blank values fill nothing and are not wrong', () => {
  const result = resolvePrefill(signup(), undefined, { email: '', news: false, topics: [] });
  expect(result).toMatchObject({ answers: {}, wrong: [] });
});

test('a URL value is cut to 500 characters', () => {
  const long = 'a'.repeat(600);
  expect(resolvePrefill(signup(true), url(`name=${long}`), undefined).answers.name).toHaveLength(500);
});

test('a page that is no URL gives nothing', () => {
  expect(resolvePrefill(signup(true), 'not a url', undefined).answers).toEqual({});
});
