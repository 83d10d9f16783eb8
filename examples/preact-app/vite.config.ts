import { defineConfig } from 'vite';

// A plain Vite app. `yesladder` resolves to this repository's built package (npx tsup) through
// its own package.json `exports`, as an installed copy would; `preact` resolves to the one copy
// both the app and yesladder import. JSX uses Preact's automatic runtime: no plugin needed.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
