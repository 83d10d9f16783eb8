import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

// The public surface, pinned: adding or removing an export is a decision, made here.
const runtimeExports = [
  'ConfigError',
  'SubmitError',
  'autoMount',
  'beaconSink',
  'callbackSink',
  'consoleSink',
  'dataLayerSink',
  'defaultMessages',
  'defineForm',
  'hostEventName',
  'mount',
  'parseForm',
  'parseFormOrThrow',
  'version',
];

const dist = new URL('../../dist/', import.meta.url);
const need = (file: string) => {
  if (!existsSync(new URL(file, dist)))
    throw new Error(`dist/${file} is missing: run \`npm run build\` first.`);
  return new URL(file, dist);
};

test('the ESM build exports exactly the public API', async () => {
  const mod = await import(need('index.js').href);
  expect(Object.keys(mod).sort()).toEqual(runtimeExports);
});

test('the CommonJS build exports the same names', () => {
  const mod = createRequire(import.meta.url)(need('index.cjs').pathname) as object;
  expect(Object.keys(mod).sort()).toEqual(runtimeExports);
});

test('the package map points every condition at a built file', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const root = pkg.exports['.'];
  for (const file of [
    root.import.types,
    root.import.default,
    root.require.types,
    root.require.default,
    pkg.exports['./global'],
  ]) {
    expect(existsSync(new URL(`../../${file}`, import.meta.url)), file).toBe(true);
  }
  // Only the element entry (it defines <yes-ladder>) and the script-tag builds do work on load.
  expect(pkg.sideEffects).toEqual([
    './dist/element.js',
    './dist/element.cjs',
    './dist/yesladder.global.js',
    './dist/yesladder.popover.global.js',
  ]);
});

test('importing the package does no work: no global written, no DOM touched', async () => {
  const before = Object.keys(globalThis).sort();
  await import(`${need('index.js').href}?fresh`);
  expect(Object.keys(globalThis).sort()).toEqual(before);
  expect('document' in globalThis).toBe(false);
});
