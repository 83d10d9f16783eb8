import fc from 'fast-check';
import { expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { localeTags, resolveLocale } from '../../src/i18n/resolve-locale';
import type { MessageKey } from '../../src/schema/config';
import { parseForm, parseFormOrThrow } from '../../src/schema/parse-form';
import { defaultMessages, formatIssue } from '../../src/validate/messages';
import { validateField } from '../../src/validate/validate-field';
import { everyField } from '../fixtures/every-field';

const keys = Object.keys(defaultMessages).sort() as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('ships en, de, fr, es, ar and ja', () => {
  expect(Object.keys(locales).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ja']);
  expect([...localeTags].sort()).toEqual(Object.keys(locales).sort());
});

test.each(localeTags)('%s has words for every message key, and no others', (tag) => {
  expect(Object.keys(locales[tag]()).sort()).toEqual(keys);
  for (const key of keys) expect(locales[tag]()[key].trim(), `${tag}.${key}`).not.toBe('');
});

test.each(localeTags)('%s keeps the placeholders of every English message', (tag) => {
  for (const key of keys) {
    expect(placeholders(locales[tag]()[key]), `${tag}.${key}`).toEqual(placeholders(defaultMessages[key]));
  }
});

// Words that really are the same as in English: Spanish "No", and "{label}: {error}".
const sameAsEnglish: Partial<Record<string, readonly MessageKey[]>> = { es: ['no'] };

test.each(localeTags.filter((tag) => tag !== 'en'))('%s is translated, not English copied', (tag) => {
  const copied = keys.filter(
    (key) =>
      locales[tag]()[key] === defaultMessages[key] &&
      /[A-Za-z]{2}/.test(defaultMessages[key].replace(/\{\w+\}/g, '')),
  );
  expect(copied).toEqual(sameAsEnglish[tag] ?? []);
});

test('uses the config locale first, by its language', () => {
  expect(resolveLocale(['de-AT', 'fr-FR'])).toEqual({ locale: 'de', lang: 'de-AT', dir: 'ltr' });
  expect(resolveLocale(['ja', 'de'])).toEqual({ locale: 'ja', lang: 'ja', dir: 'ltr' });
});

test('falls back to the next wish when a language is not shipped', () => {
  expect(resolveLocale([undefined, 'pt-BR', 'es-419'])).toEqual({ locale: 'es', lang: 'es-419', dir: 'ltr' });
  expect(resolveLocale(['FR_ca'])).toEqual({ locale: 'fr', lang: 'FR-ca', dir: 'ltr' });
});

test('falls back to English when nothing fits', () => {
  expect(resolveLocale([undefined, 'pt-BR', 'zh', ''])).toEqual({ locale: 'en', lang: 'en', dir: 'ltr' });
  expect(resolveLocale([])).toEqual({ locale: 'en', lang: 'en', dir: 'ltr' });
});

test('writes Arabic right to left', () => {
  expect(resolveLocale(['ar-EG'])).toEqual({ locale: 'ar', lang: 'ar-EG', dir: 'rtl' });
});

test('accepts a shipped locale with a region in the config', () => {
  const form = parseFormOrThrow({ ...everyField, locale: 'de-AT' });
  expect(form.locale).toBe('de-AT');
});

test('rejects a locale yesladder has no words for, naming the path', () => {
  const result = parseForm({ ...everyField, locale: 'pt-BR' });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message).toContain('locale');
  expect(result.error.message).toContain('must be a language yesladder ships (en, de, fr, es, ar, ja)');
  expect(result.error.message).toContain('"pt-BR"');
});

test('no zod message reaches the person: every field issue is one of our codes, in every locale', () => {
  const fields = parseFormOrThrow(everyField).steps.flatMap((step) => step.fields);
  const anyValue = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.constant(undefined),
    fc.constant(Number.NaN),
  );
  fc.assert(
    fc.property(fc.constantFrom(...fields), anyValue, fc.constantFrom(...localeTags), (field, value, tag) => {
      const issue = validateField(field, value as never);
      if (!issue) return;
      expect(Object.keys(issue).sort()).toEqual(['code', 'params', 'path']);
      expect(keys).toContain(issue.code);
      const text = formatIssue(locales[tag](), issue);
      expect(text).not.toMatch(/\{\w+\}|Invalid|expected|received/);
    }),
    { seed: 6, numRuns: 600 },
  );
});

test('a table is made when asked for, fresh each time: a page in one language holds no other', () => {
  expect(locales.de()).toEqual(locales.de());
  expect(locales.de()).not.toBe(locales.de());
  expect(locales.en()).toBe(defaultMessages);
});
