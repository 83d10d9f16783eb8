// Where the bytes of a script-tag build go: builds it in memory the way tsup does (the same
// entry and module swaps, from scripts/script-builds.mjs), then reads esbuild's metafile.
// Each module's share of the gzip size is estimated in proportion to its minified bytes
// (gzip is not additive; the total is exact).
//
//   npm run size:why                      the core build
//   npm run size:why -- yesladder.popover.global --top 40

import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { scriptBuilds } from './script-builds.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
const name = positionals[0] ?? 'yesladder.global';
const script = scriptBuilds.find((candidate) => candidate.name === name);
if (!script) {
  console.error(
    `size:why: no script build "${name}". Builds: ${scriptBuilds.map((s) => s.name).join(', ')}.`,
  );
  process.exit(2);
}

const result = await build({
  entryPoints: [script.entry],
  bundle: true,
  minify: script.minify ?? true,
  format: 'iife',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  plugins: [...script.plugins],
  metafile: true,
  write: false,
  logLevel: 'error',
});
const code = result.outputFiles[0].contents;
const raw = code.length;
const gzip = gzipSync(code, { level: 9 }).length;
const [output] = Object.values(result.metafile.outputs);
const modules = Object.entries(output.inputs).map(([path, { bytesInOutput }]) => ({
  path,
  bytes: bytesInOutput,
}));
const counted = modules.reduce((sum, module) => sum + module.bytes, 0);

/** `node_modules/zod/v4/core/schemas.js` → `zod`; `src/render/steps/x.tsx` → `src/render`. */
const groupOf = (path) =>
  path.startsWith('node_modules/')
    ? path.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')
    : path.replace(/^(src\/[^/]+)\/.*/, '$1');
const groups = new Map();
for (const module of modules)
  groups.set(groupOf(module.path), (groups.get(groupOf(module.path)) ?? 0) + module.bytes);

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const estimate = (bytes) => kb((bytes / counted) * gzip);
const row = (label, bytes) =>
  `  ${label.padEnd(58)} ${kb(bytes).padStart(10)} ${estimate(bytes).padStart(10)} ${((bytes / counted) * 100).toFixed(1).padStart(5)}%`;
const head = `  ${''.padEnd(58)} ${'minified'.padStart(10)} ${'~gzip'.padStart(10)} ${'share'.padStart(6)}`;

console.log(`dist/${name}.js: ${kb(raw)} minified, ${kb(gzip)} gzip (level 9)\n`);
console.log('By package or source folder');
console.log(head);
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(row(group, bytes));
console.log(`\nThe ${values.top} largest modules`);
console.log(head);
for (const module of modules.sort((a, b) => b.bytes - a.bytes).slice(0, Number(values.top)))
  console.log(row(module.path, module.bytes));
