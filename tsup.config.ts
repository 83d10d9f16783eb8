import { defineConfig } from 'tsup';

export default defineConfig([
  // npm: ESM + CJS + types. preact and zod stay external so an app ships one copy.
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2020',
    treeshake: true,
  },
  // <script> tag: one self-contained file that writes one global, `YesLadder`.
  {
    entry: { 'yesladder.global': 'src/embed/iife.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    target: 'es2020',
    treeshake: true,
    clean: false,
  },
]);
