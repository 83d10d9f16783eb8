// Budgets in gzip bytes, measured on the built files. A budget changes only in the commit
// that explains why. The npm entries count what a page loads up front: a dynamic import()
// (the popover's floating-ui, a sink a JSON config names) is its own chunk, measured alone.

/** esbuild plugin: dynamic imports stay out of the measured bundle, as a real bundler splits them. */
const lazyChunksApart = (config) => ({
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'lazy-chunks-apart',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
});

const iife = (name, path, limit) => ({
  name,
  path,
  gzip: true,
  limit,
  disablePlugins: ['@size-limit/esbuild'],
});

/** One sink imported alone from the package: what a page pays for it. */
const sink = (exported, limit) => ({
  name: `npm, one sink alone: import { ${exported} }`,
  path: 'dist/index.js',
  import: `{ ${exported} }`,
  gzip: true,
  limit,
});

export default [
  // Issue 5 ("nothing lost, nothing broken") costs about 3.7 KB gzip on each of the four
  // entries below, measured by building with and without each part: retries, idempotency
  // keys, the outbox and pagehide beacons +1.4 KB; drafts +0.9 KB; config-text markup and URL
  // checks +0.5 KB; the spam honeypot and fill time +0.4 KB; the prototype shield and style
  // resets for hostile pages +0.3 KB. Issue 8 is where these come back down.
  iife('script tag, core: dist/yesladder.global.js', 'dist/yesladder.global.js', '35 KB'),
  iife(
    'script tag, with popover: dist/yesladder.popover.global.js',
    'dist/yesladder.popover.global.js',
    '42 KB',
  ),
  {
    name: 'npm, import { mount } into an app that has preact (lazy chunks apart)',
    path: 'dist/index.js',
    import: '{ mount }',
    ignore: ['preact', 'preact/hooks', 'preact/jsx-runtime', '@floating-ui/dom'],
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '27.1 KB',
  },
  {
    name: "npm, yesladder/react <YesLadder> (react is the app's; preact and zod counted)",
    path: 'dist/react.js',
    import: '{ YesLadder }',
    ignore: ['@floating-ui/dom'],
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '32.8 KB',
  },
  {
    // Server code, but a budget still catches Preact or the DOM code slipping in.
    name: 'npm, yesladder/server { parseSubmission, createDeduper } (zod counted)',
    path: 'dist/server.js',
    import: '{ parseSubmission, createDeduper, memoryStore }',
    gzip: true,
    limit: '15.5 KB',
  },
  {
    name: 'npm, the lazy popover chunk (@floating-ui/dom + anchoring)',
    path: 'src/position/anchor.ts',
    import: '{ anchor }',
    gzip: true,
    limit: '7.5 KB',
  },
  sink('beaconSink', '850 B'),
  sink('callbackSink', '100 B'),
  sink('consoleSink', '200 B'),
  sink('dataLayerSink', '750 B'),
  sink('segmentSink', '850 B'),
  sink('posthogSink', '850 B'),
  sink('plausibleSink', '1 KB'),
  sink('metaSink', '1 KB'),
];
