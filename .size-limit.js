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
  iife('script tag, core: dist/yesladder.global.js', 'dist/yesladder.global.js', '31.5 KB'),
  iife(
    'script tag, with popover: dist/yesladder.popover.global.js',
    'dist/yesladder.popover.global.js',
    '38.5 KB',
  ),
  {
    name: 'npm, import { mount } into an app that has preact (lazy chunks apart)',
    path: 'dist/index.js',
    import: '{ mount }',
    ignore: ['preact', 'preact/hooks', 'preact/jsx-runtime', '@floating-ui/dom'],
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '23.5 KB',
  },
  {
    name: "npm, yesladder/react <YesLadder> (react is the app's; preact and zod counted)",
    path: 'dist/react.js',
    import: '{ YesLadder }',
    ignore: ['@floating-ui/dom'],
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '29 KB',
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
