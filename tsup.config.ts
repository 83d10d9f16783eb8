import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// TEMPORARY while issue 3 is built in parallel: only entries whose file exists.
const present = (entries: Record<string, string>) =>
  Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

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
    entry: present({
      index: 'src/index.ts',
      element: 'src/element.ts',
      preact: 'src/preact.ts',
      react: 'src/react.ts',
    }),
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    splitting: true,
    sourcemap: true,
    target: 'es2020',
    treeshake: true,
  },
  // `yesladder snippet config.json`
  {
    entry: present({ cli: 'src/cli/main.ts' }),
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
  // <script> tags: one self-contained file each, writing one global.
  { ...iife, entry: { 'yesladder.global': 'src/embed/iife.ts' }, esbuildPlugins: [withoutAnchor] },
  { ...iife, entry: present({ 'yesladder.popover.global': 'src/embed/iife-popover.ts' }) },
]);
