import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const code = (path: string) => readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

// DESIGN.md: schema ← validate ← flow never import preact nor touch the page; what they
// need from the world comes in as arguments.
const pure = ['schema', 'validate', 'flow', 'spam', 'lint', 'report', 'attribution', 'prefill'].flatMap(
  (dir) => files(join(root, dir)),
);
const worldly =
  /\b(window|document|navigator|localStorage|sessionStorage|setTimeout|setInterval|fetch|Date\.now|Math\.random|crypto)\b/;

test.each(pure.map((p) => [p.slice(root.length + 1), p]))(
  '%s imports no view code and touches no globals',
  (_, path) => {
    const source = code(path);
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((spec) => /preact|\/(render|embed|sinks|submit)\//.test(spec ?? ''))).toEqual([]);
    expect(source.match(worldly)?.[0]).toBeUndefined();
  },
);

test('the pure core imports types only from the events leaf', () => {
  for (const path of pure) {
    for (const line of code(path)
      .split('\n')
      .filter((l) => l.includes('/events/'))) {
      expect(line).toMatch(/^import type /);
    }
  }
});

test('two modules write the global, and only the script-tag entries call them', () => {
  // cli/ prints the async snippet's loader, browser code held in a string.
  const library = files(root).filter((path) => !path.includes('/cli/'));
  const writers = library.filter((path) => /\bwindow\.\w+\s*(\?\?|\|\|)?=(?!=)/.test(code(path)));
  // install-global.ts writes the API; the split build's first script, the queue until its runtime.
  expect(writers.map((p) => p.slice(root.length + 1)).sort()).toEqual([
    'embed/first-paint/boot.ts',
    'embed/install-global.ts',
  ]);
  const callers = library.filter((path) => /\binstallGlobal\(/.test(code(path)));
  expect(callers.map((p) => p.slice(root.length + 1)).sort()).toEqual([
    'embed/boot-script-tag.ts',
    'embed/first-paint/runtime.ts',
  ]);
  const firstScripts = library.filter((path) => /\bboot\(modules/.test(code(path)));
  expect(firstScripts.map((p) => p.slice(root.length + 1))).toEqual(['embed/first-paint/boot-entry.ts']);
  const booters = library.filter(
    (path) => /\bbootScriptTag\(\)/.test(code(path)) && !path.endsWith('boot-script-tag.ts'),
  );
  expect(booters.map((p) => p.slice(root.length + 1)).sort()).toEqual([
    'embed/iife-popover.ts',
    'embed/iife.ts',
  ]);
});
