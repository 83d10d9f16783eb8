import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// Server rendering imports our package in plain Node. Each entry is imported in a fresh Node
// process (no module cache to hide a first-import side effect) with getters on globalThis for
// the browser's names: each records that it was read and answers `undefined`, as Node would.
// An unguarded use then throws (exit code), and a guarded one still shows up in `touched`.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, { import?: { default: string }; require?: { default: string } }>;
};

const BROWSER_NAMES = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'customElements',
  'HTMLElement',
  'CSSStyleSheet',
];
// Not trapped: `requestAnimationFrame`, which preact/hooks (a dependency) feature-checks at import.

/**
 * The only reads allowed at import: `yesladder/element` defines `<yes-ladder>` at import
 * (its documented side effect), so it must ask whether there is a custom element registry
 * and an HTMLElement to extend; finding none, it defines nothing.
 */
const FEATURE_CHECKS: Record<string, string[]> = {
  './element': ['HTMLElement', 'customElements'],
};

/** Every entry the package exports (`yesladder/server` too, once it exists), as its specifier. */
const entries = Object.keys(pkg.exports)
  .filter((key) => key !== './package.json')
  .map((key) => ({ key, specifier: key === '.' ? 'yesladder' : `yesladder/${key.slice(2)}` }));

const trap = `
const touched = [];
const names = ${JSON.stringify(BROWSER_NAMES)};
for (const name of names) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() { touched.push(name); return undefined; },
    set() { touched.push(name + ' (written)'); },
  });
}
const restore = () => { for (const name of names) delete globalThis[name]; };
`;

interface Outcome {
  readonly status: number | null;
  readonly touched: string[];
  readonly exports: string[];
  readonly stderr: string;
}

/** Runs `script` in a new Node process at the repo root; it prints `{ touched, exports }` as its last line. */
function runNode(args: string[], script: string): Outcome {
  const result = spawnSync(process.execPath, [...args, '-e', script], { cwd: ROOT, encoding: 'utf8' });
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  let parsed: { touched: string[]; exports: string[] } = { touched: ['(no report)'], exports: [] };
  try {
    parsed = JSON.parse(last);
  } catch {}
  return { status: result.status, stderr: result.stderr, ...parsed };
}

const importEsm = (specifier: string) =>
  runNode(
    ['--input-type=module'],
    `${trap}
const mod = await import(${JSON.stringify(specifier)});
restore();
console.log(JSON.stringify({ touched, exports: Object.keys(mod) }));`,
  );

const requireCjs = (specifier: string) =>
  runNode(
    [],
    `${trap}
const mod = require(${JSON.stringify(specifier)});
restore();
console.log(JSON.stringify({ touched, exports: Object.keys(mod) }));`,
  );

const built = (key: string, condition: 'import' | 'require') => {
  const file = pkg.exports[key]?.[condition]?.default;
  if (!file || !existsSync(new URL(`../../${file}`, import.meta.url))) {
    throw new Error(`${file ?? key} is missing: run \`npm run build\` before this test.`);
  }
};

test('finds the entries to import: every export of package.json', () => {
  expect(entries.map((entry) => entry.specifier)).toEqual(
    expect.arrayContaining(['yesladder', 'yesladder/element', 'yesladder/preact', 'yesladder/react']),
  );
});

test('the trap sees a read, even a guarded one', () => {
  const outcome = runNode(
    ['--input-type=module'],
    `${trap}
if (typeof window !== 'undefined') throw new Error('no window in Node');
restore();
console.log(JSON.stringify({ touched, exports: [] }));`,
  );
  expect(outcome.status).toBe(0);
  expect(outcome.touched).toEqual(['window']);
});

for (const { key, specifier } of entries) {
  test(`imports ${specifier} (ESM) in plain Node without throwing or reading a browser global`, () => {
    built(key, 'import');
    const outcome = importEsm(specifier);
    expect(outcome.stderr).toBe('');
    expect(outcome.status).toBe(0);
    expect(outcome.exports.length).toBeGreaterThan(0);
    expect(outcome.touched).toEqual(FEATURE_CHECKS[key] ?? []);
  });

  test(`requires ${specifier} (CommonJS) in plain Node without throwing or reading a browser global`, () => {
    built(key, 'require');
    const outcome = requireCjs(specifier);
    expect(outcome.stderr).toBe('');
    expect(outcome.status).toBe(0);
    expect(outcome.exports.length).toBeGreaterThan(0);
    expect(outcome.touched).toEqual(FEATURE_CHECKS[key] ?? []);
  });
}

test('renders <YesLadder> with react-dom/server from the built entry, reading no browser global', () => {
  built('./react', 'import');
  const outcome = runNode(
    ['--input-type=module'],
    `
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
${trap}
const { YesLadder } = await import('yesladder/react');
const config = { id: 'ssr', steps: [
  { id: 'email', fields: [{ name: 'email', type: 'email', label: 'Email', required: true }] },
  { id: 'thanks', type: 'thanks', title: 'Thanks' },
] };
const html = renderToString(createElement(YesLadder, { config, id: 'signup' }));
restore();
console.log(JSON.stringify({ touched, exports: [html] }));`,
  );
  expect(outcome.stderr).toBe('');
  expect(outcome.status).toBe(0);
  expect(outcome.exports).toEqual(['<div id="signup"></div>']);
  expect(outcome.touched).toEqual([]);
});
