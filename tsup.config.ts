import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

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

/**
 * The core script-tag build has no popover code: the one module that loads
 * @floating-ui/dom is swapped for a stub, and a popover config falls back to a modal.
 */
const withoutAnchor: Plugin = {
  name: 'without-anchor',
  setup(build) {
    build.onResolve({ filter: /\/load-anchor$/ }, () => ({
      path: fileURLToPath(new URL('./src/embed/display/load-anchor.none.ts', import.meta.url)),
    }));
  },
};

/**
 * Script tags carry every sink (a JSON config may name any), built in: the npm build's
 * lazy loader, one chunk per sink, is swapped for a plain table.
 */
const sinksInline: Plugin = {
  name: 'sinks-inline',
  setup(build) {
    build.onResolve({ filter: /\/sinks\/from-config$/ }, () => ({
      path: fileURLToPath(new URL('./src/sinks/from-config.inline.ts', import.meta.url)),
    }));
  },
};

/**
 * The friction linter logs at mount in development only, and a script tag has no bundler to
 * say which: the production files swap `lintInDev` for nothing (no linter code in them), the
 * dev file for a plain call.
 */
const lintAtMount = (dev: boolean): Plugin => ({
  name: 'lint-at-mount',
  setup(build) {
    build.onResolve({ filter: /\/lint-in-dev$/ }, () => ({
      path: fileURLToPath(new URL(`./src/embed/lint-in-dev.${dev ? 'always' : 'none'}.ts`, import.meta.url)),
    }));
  },
});

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
  // <script> tags: one self-contained file each, writing one global.
  {
    ...iife,
    entry: { 'yesladder.global': 'src/embed/iife.ts' },
    esbuildPlugins: [withoutAnchor, sinksInline, lintAtMount(false)],
  },
  {
    ...iife,
    entry: { 'yesladder.popover.global': 'src/embed/iife-popover.ts' },
    esbuildPlugins: [sinksInline, lintAtMount(false)],
  },
  // While building a page: the popover build plus the friction linter's console warnings, unminified.
  {
    ...iife,
    minify: false,
    entry: { 'yesladder.dev.global': 'src/embed/iife-popover.ts' },
    esbuildPlugins: [sinksInline, lintAtMount(true)],
  },
]);
