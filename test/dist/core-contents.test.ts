import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// What must not appear in the script-tag builds (issue 8): zod's locale tables (our words are
// our own, resolved from `messages`; zod/mini registers no locale, and an import of zod's
// classic API or `zod/locales` would pull one in). floating-ui out of the core build is
// checked in popover-bytes.test.ts, the friction linter in lint-builds.test.ts.

const read = (file: string): string => {
  const url = new URL(`../../dist/${file}`, import.meta.url);
  if (!existsSync(url)) throw new Error(`dist/${file} is missing: run \`npx tsup\` first.`);
  return readFileSync(url, 'utf8');
};

// Phrases of zod's English, German and French error maps (zod/v4/locales/en.js, de.js, fr.js).
const ZOD_LOCALE_MARKS = [
  'Unrecognized key',
  'Too small: expected',
  'Invalid input: expected',
  'Ungültige Eingabe',
  'Entrée invalide',
];

test.each(['yesladder.global.js', 'yesladder.popover.global.js'])(
  '%s carries none of zod’s locale tables',
  (file) => {
    const code = read(file);
    for (const mark of ZOD_LOCALE_MARKS) expect(code, mark).not.toContain(mark);
  },
);

test('the marks are real: zod’s own locale files hold them', () => {
  const locale = (name: string) =>
    readFileSync(new URL(`../../node_modules/zod/v4/locales/${name}.js`, import.meta.url), 'utf8');
  const tables = ['en', 'de', 'fr'].map(locale).join('\n');
  for (const mark of ZOD_LOCALE_MARKS) expect(tables, mark).toContain(mark);
});
