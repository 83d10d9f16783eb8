import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// DESIGN.md: report/ is pure (events in, tables out). What it needs from the world comes in as
// arguments: lines as an async iterable, options; the CLI front does the I/O.
const dir = join(import.meta.dirname, '..', '..', 'src', 'report');
const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
const code = (name: string) =>
  readFileSync(join(dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
const worldly =
  /\b(window|document|navigator|localStorage|sessionStorage|setTimeout|setInterval|fetch|Date\.now|Math\.random|crypto|process|require)\b/;

test.each(files)('report/%s imports only its own folder and touches no globals', (name) => {
  const source = code(name);
  const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
  expect(imports.filter((spec) => !spec?.startsWith('./'))).toEqual([]);
  expect(source.match(worldly)?.[0]).toBeUndefined();
});
