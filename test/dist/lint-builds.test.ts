import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { lintRules } from '../../src/lint/rules';

// The friction linter is for developers: the production script tags carry none of it, the
// dev script tag logs at mount, and the npm build keeps it behind a `process.env.NODE_ENV`
// check that an app's production bundle drops, with the linter's lazy chunk.

const dist = new URL('../../dist/', import.meta.url);
const read = (file: string): string => {
  const url = new URL(file, dist);
  if (!existsSync(url)) throw new Error(`dist/${file} is missing: run \`npx tsup\` first.`);
  return readFileSync(url, 'utf8');
};
// The rule ids are string literals every minifier keeps; so is the console line's wording.
const LINTER_MARKS = [...lintRules.map((rule) => rule.id), 'the friction linter on form'];
const onePage = {
  id: 'one-page',
  steps: [
    {
      id: 'all',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'tel' },
      ],
    },
  ],
};

/** Runs a script-tag build on a page (happy-dom), mounts `onePage`, and returns the console warnings. */
const warningsOf = async (file: string): Promise<string[]> => {
  const page = new Window({
    url: 'https://example.com/',
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  const warnings: string[] = [];
  page.console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  page.document.body.innerHTML = '<div id="form"></div>';
  try {
    page.eval(read(file));
    (page as unknown as { yesladder: { mount(target: string, config: unknown): unknown } }).yesladder.mount(
      '#form',
      onePage,
    );
    expect(page.document.querySelector('#form [data-yesladder-host]')).not.toBeNull();
    return warnings;
  } finally {
    await page.happyDOM.close();
  }
};

test.each(['yesladder.global.js', 'yesladder.popover.global.js'])('%s carries no linter code', (file) => {
  const code = read(file);
  for (const mark of LINTER_MARKS) expect(code, mark).not.toContain(mark);
});

test('yesladder.dev.global.js carries every rule', () => {
  const code = read('yesladder.dev.global.js');
  for (const mark of LINTER_MARKS) expect(code, mark).toContain(mark);
});

test('the dev script tag warns at mount about a form that asks too much; the production one does not', async () => {
  const [told, ...more] = await warningsOf('yesladder.dev.global.js');
  expect(more).toEqual([]);
  expect(told).toMatch(/^yesladder: the friction linter on form "one-page" /);
  expect(told).toContain('first-ask-too-big');
  expect(await warningsOf('yesladder.global.js')).toEqual([]);
});

/** Every built file `entry` loads before any `import()` runs (ESM `import`/`export … from`, CJS `require`). */
const staticClosure = (entry: string): string[] => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = read(file);
    const imports = [
      ...code.matchAll(/^(?:import|export)\b[^'"]*?['"]\.\/([^'"]+)['"]/gm),
      ...code.matchAll(/\brequire\(['"]\.\/([^'"]+)['"]\)/g),
    ];
    for (const [, next] of imports) visit(next as string);
  };
  visit(entry);
  return [...seen];
};

test.each(['index.js', 'index.cjs'])(
  '%s leaves process.env.NODE_ENV for the app to settle, and loads the linter lazily',
  (entry) => {
    const lazy = staticClosure(entry).flatMap((file) =>
      [...read(file).matchAll(/\bimport\(['"]\.\/(log-lint-[^'"]+)['"]\)/g)].map((m) => ({
        file,
        chunk: m[1] as string,
      })),
    );
    expect(lazy).toHaveLength(1);
    const [{ file, chunk }] = lazy as [{ file: string; chunk: string }];
    expect(read(file)).toContain('process.env.NODE_ENV !== "production"');
    expect(read(chunk)).toContain('logLint');
  },
);

/** An app importing `mount`, bundled with its NODE_ENV defined, lazy chunks inlined: every byte it could load. */
const app = async (nodeEnv: string): Promise<string> => {
  const result = await build({
    stdin: {
      contents: `export { mount } from ${JSON.stringify(fileURLToPath(new URL('index.js', dist)))};`,
      resolveDir: '.',
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    external: ['preact', 'preact/*', 'zod', 'zod/*', '@floating-ui/dom'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
};

test("an app's production bundle drops the linter; its development bundle keeps it", async () => {
  const production = await app('production');
  for (const mark of LINTER_MARKS) expect(production, mark).not.toContain(mark);
  expect(production).not.toContain('process.env');
  const development = await app('development');
  for (const mark of LINTER_MARKS) expect(development, mark).toContain(mark);
});
