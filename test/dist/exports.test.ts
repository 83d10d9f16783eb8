import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

// The public surface, pinned: adding or removing an export is a decision, made here.
const runtimeExports = [
  'ConfigError',
  'SubmitError',
  'assignVariant',
  'attach',
  'autoMount',
  'beaconSink',
  'callbackSink',
  'consoleSink',
  'dataLayerSink',
  'defaultMessages',
  'defineForm',
  'eventVersion',
  'ga4Name',
  'hostEventName',
  'lintForm',
  'metaSink',
  'mount',
  'parseForm',
  'parseFormOrThrow',
  'plausibleSink',
  'posthogSink',
  'route',
  'segmentSink',
  'version',
];

const dist = new URL('../../dist/', import.meta.url);
const need = (file: string) => {
  if (!existsSync(new URL(file, dist)))
    throw new Error(`dist/${file} is missing: run \`npm run build\` first.`);
  return new URL(file, dist);
};

const entries: Record<string, string[]> = {
  index: runtimeExports,
  element: ['YesLadderElement'],
  preact: ['YesLadder', 'defineForm'],
  react: ['YesLadder', 'defineForm'],
  server: ['ConfigError', 'createDeduper', 'defineForm', 'memoryStore', 'parseSubmission'],
  report: ['createFunnelAggregator', 'formatReport', 'renderReportHtml', 'reportFromLines'],
};

test.each(Object.entries(entries))(
  'the ESM build of %s exports exactly its public API',
  async (name, names) => {
    const mod = await import(need(`${name}.js`).href);
    expect(Object.keys(mod).sort()).toEqual(names);
  },
);

test.each(Object.entries(entries))('the CommonJS build of %s exports the same names', (name, names) => {
  const mod = createRequire(import.meta.url)(need(`${name}.cjs`).pathname) as object;
  expect(Object.keys(mod).sort()).toEqual(names);
});

test('yesladder/react is a client module for React Server Components', () => {
  for (const file of ['react.js', 'react.cjs']) {
    expect(readFileSync(need(file), 'utf8').startsWith("'use client';")).toBe(true);
  }
});

test('the package map points every condition at a built file', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const targets = Object.values(
    pkg.exports as Record<string, string | Record<string, Record<string, string>>>,
  ).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target).flatMap((c) => Object.values(c)),
  );
  expect(targets).toHaveLength(25); // 6 entries × (ESM, CJS) × (code, types), and package.json
  for (const file of [...targets, pkg.bin.yesladder, pkg.unpkg, pkg.jsdelivr]) {
    expect(existsSync(new URL(`../../${file}`, import.meta.url)), file).toBe(true);
  }
  // Only the element entry (it defines <yes-ladder>) and the script-tag builds do work on load.
  expect(pkg.sideEffects).toEqual([
    './dist/element.js',
    './dist/element.cjs',
    './dist/yesladder.global.js',
    './dist/yesladder.popover.global.js',
    './dist/yesladder.dev.global.js',
  ]);
});

test('importing the package does no work: no global written, no DOM touched', async () => {
  const before = Object.keys(globalThis).sort();
  await import(`${need('index.js').href}?fresh`);
  expect(Object.keys(globalThis).sort()).toEqual(before);
  expect('document' in globalThis).toBe(false);
});
