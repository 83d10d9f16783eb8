import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import { lintAtMount, sinksInline, withoutAttach } from '../../scripts/script-builds.mjs';

// @floating-ui/dom must not be in the bytes of a page that uses no popover: not in the core
// script-tag build, and in the npm build only behind a dynamic import().

const dist = new URL('../../dist/', import.meta.url);
const read = (file: string): string => {
  const url = new URL(file, dist);
  if (!existsSync(url)) throw new Error(`dist/${file} is missing: run \`npx tsup\` first.`);
  return readFileSync(url, 'utf8');
};

// Property names of floating-ui's options and results: minifiers keep them, and our own code never writes them.
const FLOATING_UI_MARKS = ['clippingAncestors', 'fallbackPlacements', 'alignmentAxis', 'crossAxis'];

/** The relative modules a built ESM file imports statically, and the ones it imports with `import()`. */
const importsOf = (code: string) => ({
  static: [...code.matchAll(/^(?:import|export)\b[^'"]*?['"](\.\/[^'"]+)['"]/gm)].map((m) => m[1] as string),
  dynamic: [...code.matchAll(/\bimport\(\s*['"](\.\/[^'"]+)['"]\s*\)/g)].map((m) => m[1] as string),
});

/** Every file `entry` loads before any `import()` runs. */
const staticClosure = (entry: string): Set<string> => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(read(file)).static) visit(next.replace(/^\.\//, ''));
  };
  visit(entry);
  return seen;
};

test('the core script-tag build has no floating-ui code', () => {
  const core = read('yesladder.global.js');
  for (const mark of FLOATING_UI_MARKS) expect(core, mark).not.toContain(mark);
});

test('the popover script-tag build carries floating-ui', () => {
  const popover = read('yesladder.popover.global.js');
  for (const mark of FLOATING_UI_MARKS) expect(popover, mark).toContain(mark);
});

test('the ESM build loads @floating-ui/dom only from a lazy chunk', () => {
  const eager = staticClosure('index.js');
  for (const file of eager) expect(read(file), file).not.toMatch(/@floating-ui\/dom/);
  const lazy = [...eager].flatMap((file) => importsOf(read(file)).dynamic.map((f) => f.replace(/^\.\//, '')));
  expect(lazy.filter((file) => /from ['"]@floating-ui\/dom['"]/.test(read(file)))).toHaveLength(1);
});

test('the popover costs a page that uses it at most 7 kB gzip more than the core (issue 8 budget)', async () => {
  const gzip = (code: string) => gzipSync(Buffer.from(code), { level: 9 }).length;
  // The popover build also carries attach mode (issue 10), which is no cost of the popover:
  // it is weighed by building the popover entry without it, as the core build is.
  const [withoutIt] = (
    await build({
      entryPoints: [fileURLToPath(new URL('../../src/embed/iife-popover.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      write: false,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
      plugins: [withoutAttach, sinksInline, lintAtMount(false)],
    })
  ).outputFiles;
  const popover = read('yesladder.popover.global.js');
  const attachMode = gzip(popover) - gzip(withoutIt?.text ?? '');
  expect(attachMode, 'attach mode is in the popover build').toBeGreaterThan(500);
  const more = gzip(popover) - attachMode - gzip(read('yesladder.global.js'));
  // Measured 6,989 B when the arrow was placed by our own few lines instead of floating-ui's
  // arrow middleware (7,225 B before); 7,011 B after the npm mount's split moved shared code
  // around, then 6,998 B with a shorter warning for a positioning chunk that cannot load;
  // 6,370 B once our own few lines kept the popover in place instead of floating-ui's autoUpdate.
  expect(more).toBeLessThanOrEqual(7000);
  expect(more, 'the popover build carries the positioning').toBeGreaterThan(5000);
});
