import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
import { scriptBuilds } from './scripts/script-builds.mjs';
import { buildSplit } from './scripts/split-build.mjs';

/**
 * React Server Components must see `yesladder/react` as a client module. A banner would
 * mark every shared chunk, and rollup's tree-shaking drops the directive from the source,
 * so it is written onto the two built files.
 */
const markReactClient = async () => {
  for (const file of ['dist/react.js', 'dist/react.cjs']) {
    const code = await readFile(file, 'utf8');
    if (!code.startsWith("'use client';")) await writeFile(file, `'use client';${code}`);
  }
};

const iife: Options = {
  format: ['iife'],
  outExtension: () => ({ js: '.js' }),
  noExternal: [/.*/],
  minify: true,
  sourcemap: true,
  target: 'es2020',
  treeshake: true,
  clean: false,
};

export default defineConfig([
  // npm: ESM (code-split, so the popover's floating-ui is a lazy chunk) + CJS + types.
  // preact, zod and @floating-ui/dom stay external (dependencies), react too (a peer).
  {
    entry: {
      index: 'src/index.ts',
      element: 'src/element.ts',
      preact: 'src/preact.ts',
      react: 'src/react.ts',
      server: 'src/server/index.ts',
      report: 'src/report/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    splitting: true,
    sourcemap: true,
    target: 'es2020',
    treeshake: true,
    onSuccess: markReactClient,
  },
  // `yesladder snippet config.json`
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
  // <script> tags: one self-contained file each, writing one global (scripts/script-builds.mjs);
  // after the core one, the split pair yesladder.js + yesladder.runtime.js (scripts/split-build.mjs).
  ...scriptBuilds.map(
    (script, i): Options => ({
      ...iife,
      minify: script.minify ?? true,
      entry: { [script.name]: script.entry },
      esbuildPlugins: [...script.plugins],
      onSuccess: i === 0 ? async () => void (await buildSplit()) : undefined,
    }),
  ),
]);
