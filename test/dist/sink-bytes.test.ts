import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { expect, test } from 'vitest';

// A page pays only for the sinks it uses: bundling the built package as an app's bundler
// would, each sink's code appears only where that sink is imported (or named by a config,
// through its own lazy chunk).

const entry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/** A dynamic import() stays a separate chunk, as in any app bundler: leave it out of the bundle. */
const lazyApart: Plugin = {
  name: 'lazy-apart',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** The minified bundle of an app that imports `names` from the package. */
const bundle = async (names: string): Promise<string> => {
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npx tsup` first.');
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(entry)};`, resolveDir: '.', loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    external: ['preact', 'preact/*', 'zod', 'zod/*', '@floating-ui/dom'],
    plugins: [lazyApart],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
};

// String literals only one sink writes (its tool's global or method); minifiers keep them.
const marks = {
  dataLayerSink: '"generate_lead"',
  segmentSink: 'global:"analytics"',
  posthogSink: 'global:"posthog"',
  plausibleSink: 'global:"plausible"',
  metaSink: 'global:"fbq"',
  // Not `sendBeacon`: the submitter uses it too, to send a lead as the page closes.
  beaconSink: '"no-cors"',
} as const;

test('mount alone carries no sink code: a config names sinks, and each comes as its own chunk', async () => {
  const code = await bundle('mount');
  for (const [sink, mark] of Object.entries(marks)) expect(code, sink).not.toContain(mark);
});

test.each(Object.keys(marks))('importing %s alone brings that sink and no other', async (name) => {
  const code = await bundle(name);
  expect(code, 'no form, no zod, no preact').not.toMatch(/zod|preact/);
  for (const [sink, mark] of Object.entries(marks)) {
    if (sink === name) expect(code, sink).toContain(mark);
    else expect(code, `${sink} inside ${name}`).not.toContain(mark);
  }
});
