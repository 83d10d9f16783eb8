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

// The split build's first script paints with Preact and the views only: zod (the answer
// checks), the config check, floating-ui and the linter are the runtime's, loaded after.
const FIRST_PAINT_ABSENT = {
  zod: '_zod',
  'the config check': 'unknown option; check its spelling',
  'floating-ui': 'fallbackPlacements',
  'the friction linter': 'first-ask-too-big',
};

test('yesladder.js, the first script, carries no zod, config check, floating-ui or linter', () => {
  const first = read('yesladder.js');
  for (const [what, mark] of Object.entries(FIRST_PAINT_ABSENT)) expect(first, what).not.toContain(mark);
});

test('its runtime carries the checks, and no Preact of its own (it uses the first script’s)', () => {
  const runtime = read('yesladder.runtime.js');
  expect(runtime).toContain('_zod');
  expect(runtime).toContain('unknown option; check its spelling');
  // Preact's diff writes `innerHTML` for dangerouslySetInnerHTML: a second Preact would bring it.
  expect(runtime).not.toContain('innerHTML');
  expect(read('yesladder.js')).toContain('innerHTML');
});

// Attach mode ships with the popover build: the core builds carry its stand-in only
// (embed/attach.none.ts), which names the build to load.
const ATTACH_MARK = 'the attached form could not go on';
const ATTACH_STUB = 'this build has no attach mode; load yesladder.popover.global.js';

test.each(['yesladder.runtime.js', 'yesladder.global.js'])(
  '%s has no attach mode, only its stand-in',
  (file) => {
    const code = read(file);
    expect(code).not.toContain(ATTACH_MARK);
    expect(code).toContain(ATTACH_STUB);
  },
);

test('the popover build carries attach mode, not the stand-in', () => {
  const code = read('yesladder.popover.global.js');
  expect(code).toContain(ATTACH_MARK);
  expect(code).not.toContain(ATTACH_STUB);
});
