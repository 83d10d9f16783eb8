import { defineConfig } from 'vitest/config';

// Three projects so the fast Node tests stay fast: pure core in Node, components in
// happy-dom, and the built files driven in real Chromium (needs `npm run build` first).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/dist/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/**/*.test.tsx'],
          env: { EXPECT_REACT_MAJOR: '19' },
          setupFiles: ['test/setup/fresh-storage.ts'],
        },
      },
      // The React component again, on React 18 (installed as react-18 / react-dom-18 beside 19):
      // `react` and `react-dom` point at the 18 copies, for Vite (alias) and Node (setup file).
      {
        extends: true,
        resolve: {
          alias: [
            { find: /^react$/, replacement: 'react-18' },
            { find: /^react\/(.*)$/, replacement: 'react-18/$1' },
            { find: /^react-dom$/, replacement: 'react-dom-18' },
            { find: /^react-dom\/(.*)$/, replacement: 'react-dom-18/$1' },
          ],
        },
        test: {
          name: 'react18',
          environment: 'happy-dom',
          include: ['test/adapters/react*.test.tsx'],
          env: { EXPECT_REACT_MAJOR: '18' },
          setupFiles: ['test/adapters/react18-setup.ts', 'test/setup/fresh-storage.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts', 'test/dist/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
