import { createRequire } from 'node:module';
import { defineConfig } from 'vite';

const { version } = createRequire(import.meta.url)('react/package.json') as { version: string };

// A plain Vite app. `yesladder` resolves to this repository's built package (npx tsup) through
// its own package.json `exports`, as an installed copy would. JSX uses React's automatic
// runtime through Vite's own transform: no plugin needed.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  define: { __REACT_VERSION__: JSON.stringify(version) },
});
