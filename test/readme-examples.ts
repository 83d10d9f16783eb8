import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Every TypeScript example in the README must compile against the real API and run.
export const root = join(import.meta.dirname, '..');

/** An example as the app would compile it: `yesladder/x` is the source of entry `x`; React examples use React's JSX. */
const asApp = (code: string): string => {
  const local = code
    .replace(/from 'yesladder'/g, "from '../../../src/index'")
    .replace(/(from|import) 'yesladder\/(\w+)'/g, "$1 '../../../src/$2'");
  return /from 'yesladder\/react'/.test(code) ? `/** @jsxImportSource react */\n${local}` : local;
};

/** Writes the README's TypeScript examples to `folder`, importing the sources instead of the package. */
export const writeExamples = (folder: string) => {
  const out = join(root, 'test', '.artifacts', folder);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(ts|tsx)\n([\s\S]*?)```/g)].map((m, i) => ({
    name: `example-${i + 1}.${m[1]}`,
    file: join(out, `example-${i + 1}.${m[1]}`),
    code: asApp(m[2] ?? ''),
  }));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The examples import their form from './guide', as an app would.
  writeFileSync(join(out, 'guide.ts'), "export { freeGuide as guide } from '../../fixtures/free-guide';\n");
  for (const block of blocks) writeFileSync(block.file, block.code);
  return { out, blocks, cleanup: () => rmSync(out, { recursive: true, force: true }) };
};
