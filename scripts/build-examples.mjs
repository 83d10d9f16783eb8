// Builds the examples that need a bundler (the React and Preact apps, the <yes-ladder> page)
// with Vite's JS API. `npm start` serves them from dist/apps/; the browser tests build their own.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const first = (result) => (Array.isArray(result) ? result[0] : result);

/** Builds examples/<app> into `outDir`; returns what Rolldown wrote. */
export async function buildExample(app, { outDir, mode = 'production' }) {
  // Vitest sets NODE_ENV=test, which Vite would bake in (and React would ship its development build).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = mode;
  try {
    return first(
      await build({
        root: repo(`examples/${app}`),
        configFile: repo(`examples/${app}/vite.config.ts`),
        mode,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: true,
          // A development build keeps React's StrictMode checks (and its size).
          minify: mode !== 'development',
          chunkSizeWarningLimit: 4096,
        },
      }),
    );
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** The <yes-ladder> page: examples/element.html, its script bundled (bare imports) and its CSS. */
export async function buildElementPage({ outDir }) {
  return first(
    await build({
      root: repo('examples'),
      configFile: false,
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: false, rollupOptions: { input: repo('examples/element.html') } },
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExample('react-app', { outDir: repo('dist/apps/react-app') });
  await buildExample('preact-app', { outDir: repo('dist/apps/preact-app') });
  await buildElementPage({ outDir: repo('dist/apps') });
  console.log('examples built: dist/apps/react-app/, dist/apps/preact-app/, dist/apps/element.html');
}
