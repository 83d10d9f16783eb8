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
  // Issue 6 point 5 (i18n) +2.8 KB on the same four: the de, fr, es, ar and ja tables (measured
  // 2,773 B gzip on the core IIFE, built with and without them) and the locale matching. All
  // tables stay in the core so a script-tag page follows navigator.language with no 2nd request.
  // Issue 6 point 4 +0.12 KB on the same four: the dark theme (prefers-color-scheme) and 24px
  // targets (measured 117 B gzip on the core IIFE with and without the rules).
  // Issue 6 points 2-3 +0.44 KB on the same four: the GOV.UK error summary (links, focus, styles),
  // arrow keys between choice options and focus held while sending (measured 432 B gzip on the
  // core IIFE, built with and without them).
  // Issue 6 point 4 review step (+0.33 KB measured on the core IIFE) and its messages, plus
  // the locale choice in the server's shared schema: budgets set to the measured sizes
  // (core 39.09, popover 46.07, mount 31.07, React 36.79, server 15.48 kB) with ~0.4 kB room.
  // Issue 7 A/B variants +0.78 KB on the same four and the server (core IIFE measured 39,239 →
  // 40,019 B gzip, built with and without): arms in the shared schema and their checks, each
  // arm normalized, the weighted hash assignment and the sticky arm in localStorage.
  // Issue 8 ratchet: the core build swaps the whole popover frame for its modal fallback
  // (measured 40.15 → 39.71 kB by size-limit); the budget follows it down.
  // Issue 8: the config's shape is plain data walked by schema/shape.ts instead of a zod
  // schema (zod stays for the answers): core 39.71 → 37.06, popover 47.12 → 44.31, mount
  // 32.18 → 29.51, React 37.94 → 35.27, server 16.12 → 13.54 kB, measured by size-limit;
  // and mount's time on a cold page 37 → 24 ms (desktop, CPU profile). Budgets follow down.
  // Then +0.23 kB on the one-file builds (37.06 → 37.29): answer checks built on idle, and
  // mount taking over a form the split build's first script painted.
  // Issue 8's critical path: the split build's first script paints each inline form's first
  // step (Preact and every view, the styles, normalize) and loads the runtime beside it on
  // idle or at the first interaction. The runtime is measured alone: a page loads both.
  // Measured: 15.85 + 25.14 kB when added; the first script then handed over only the exports
  // the runtime imports (15.30) and left the popover's and modal's styles to the runtime
  // (14.97 + 25.80); the runtime then read those exports as plain bindings, not through a
  // CommonJS wrapper (25.34).
  // Then 14.98 → 14.83 (the first step's views only), and back to 14.98 when it learned to
  // paint the async snippet's `yesladder('mount', …)` calls with their options.
  // Issue 10 then 15.04 → 15.14: inputs at 16px at least, each field's phone keyboard
  // (inputmode, enterkeyhint) and a few more autofill names.
  iife('script tag, first paint: dist/yesladder.js', 'dist/yesladder.js', '15.3 KB'),
  iife(
    'script tag, the runtime yesladder.js loads: dist/yesladder.runtime.js',
    'dist/yesladder.runtime.js',
    // The first paint then kept only the views a first step can need and the views' words
    // (14.97 → 14.83); what it left (the review and thanks steps, the error summary, the
    // checks' words) came here (25.34 → 25.98), shared with the npm mount's first paint.
    // Then the first Next made faster (25.98 → 26.39, the one file 37.48 → 37.89): no redraw
    // for a blur on a good answer, each answer checked once, and once the person reaches for
    // the form, their Next rehearsed and the next step drawn off the page on idle (Next → step
    // 2 painted, 12 rounds: desktop 1.67× → 1.22× the floor, 4× CPU 1.55× → 1.38×).
    // Then 26.39 → 26.13 without zod's enum (options checked by a set), and issue 10's hidden
    // fields filled from the page (URL parameters, referrer, landing URL, first touch kept for
    // the visit) 26.13 → 26.88, with the one file 37.69 → 38.52. Then issue 10's prefill and
    // skipping (+0.87 kB measured alone), single-page-app route changes, and the rules of what
    // only the runtime draws (review, error summary, alert) moved here from the first paint's
    // sheet: 28.82, the one file 40.29, the first paint 15.14 → 15.05, `{ mount }` 8.00 → 7.86.
    // Issue 10's attach mode (the page's own form or button is step 1: its fields read and
    // checked, the lead kept, the ladder opened beside it): 28.82 → 30.14 with it, of which
    // embed/attach.ts was 1.0 kB and 5.7 kB of the JS heap at step 1 (heap snapshots; its
    // top-level names doubled the scope's name table). It ships with the popover build; the
    // core builds swap it for attach.none.ts (scripts/script-builds.mjs): 29.18, the wiring
    // (`yesladder('attach')`, `data-yesladder-attach`, mount's branches) and a changed lead's
    // own idempotency key; 29.22 with the stand-in saying which build to load.
    // That wiring costs 2.1 kB of the JS heap at step 1 (heap snapshots against 7ecd695: mount's
    // branches 0.84, the command 0.29, the API's name 0.13, the scan 0.10 kB).
    '29.4 KB',
  ),
  // 40.30 → 40.59 with issue 10's attach wiring (attach itself is the popover build's; see above).
  iife('script tag, core in one file: dist/yesladder.global.js', 'dist/yesladder.global.js', '40.9 KB'),
  iife(
    'script tag, with popover: dist/yesladder.popover.global.js',
    'dist/yesladder.popover.global.js',
    // The popover's arrow placed by our own lines, not floating-ui's middleware: 44.62 → 44.38
    // (the popover then costs 6.99 kB over the core; test/dist/popover-bytes.test.ts holds it to 7).
    // Then our own few lines keep it in place (scroll, resize, the page's layout) instead of
    // floating-ui's autoUpdate: 44.47 → 44.26, with the one file 0.41 kB larger meanwhile.
    // Issue 10: the one file's attribution and mobile rules, and the popover's own sheet that
    // makes it a bottom sheet on narrow screens (about 0.36 kB of it): 44.02 → 45.21; then
    // prefill, route changes and the runtime's own sheet: 46.89; attach mode: 48.22 (attach
    // itself 0.88 kB: test/dist/popover-bytes.test.ts weighs the popover apart from it).
    '48.4 KB',
  ),
  // Issue 8: the npm `mount` is split as the script tag is. What an app's bundle takes up front
  // paints the first step (first-paint/paint-first.ts: the views a first step can need, the
  // words the views show, the form's styles) and `import()`s the rest, the runtime chunk,
  // measured alone below. Measured 29.79 kB whole; 8.78 split; 8.34 with the first step's
  // views only (no review, thanks or error summary); 8.15 without the checks' words; 8.05
  // without the A/B arms' code; 7.94 with the popover's dark-theme rules in its own sheet;
  // 7.87 with the first paint's model left unfrozen; 7.92 with issue 10's `attach` beside it
  // (its branch in splitMount; attach itself is tree-shaken away). The target is the issue's: 8 KB.
  {
    name: 'npm, import { mount } into an app that has preact (lazy chunks apart)',
    path: 'dist/index.js',
    import: '{ mount }',
    ignore: ['preact', 'preact/hooks', 'preact/jsx-runtime', '@floating-ui/dom'],
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '8 KB',
  },
  {
    // The bundler's chunk(s) behind `import('./mount')`, with what they share with the first
    // part counted again (an upper bound): 30.78 kB when split, 31.17 with the faster Next,
    // 30.97 without zod's enum, 32.12 with issue 10's attribution and the popover's bottom sheet,
    // 33.73 with its prefill, route changes and the rules only the runtime draws, 33.96 with
    // attach mode's branches in mount (attach itself is a chunk of its own, below).
    name: 'npm, the runtime mount loads beside its first paint (shared code counted again)',
    path: 'dist/mount-*.js',
    ignore: ['preact', 'preact/hooks', 'preact/jsx-runtime', '@floating-ui/dom'],
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '34.2 KB',
  },
  {
    // Issue 10: what the npm `attach` loads (it paints nothing first): the runtime and attach
    // mode, counted whole.
    name: 'npm, the runtime attach loads (shared code counted again)',
    path: 'dist/attach-*.js',
    ignore: ['preact', 'preact/hooks', 'preact/jsx-runtime', '@floating-ui/dom'],
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '35.2 KB',
  },
  {
    // The core a React app pays: it has no Preact. The React budget is this plus 1.5 KB.
    // 13.22 → 13.31 with issue 10's phone keyboards and 16px inputs.
    name: 'npm, import { mount } with Preact counted (the core of the React adapter)',
    path: 'dist/index.js',
    import: '{ mount }',
    ignore: ['@floating-ui/dom'],
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '13.4 KB',
  },
  {
    // The "1.5 KB plus the core": the core's budget above, 13.3, + 1.5. Measured 35.55
    // kB before the split, then 13.42: the adapter itself is 0.23 kB.
    name: "npm, yesladder/react <YesLadder> (react is the app's; preact counted)",
    path: 'dist/react.js',
    import: '{ YesLadder }',
    ignore: ['@floating-ui/dom'],
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '14.8 KB',
  },
  {
    // Server code, but a budget still catches Preact or the DOM code slipping in.
    name: 'npm, yesladder/server { parseSubmission, createDeduper } (zod counted)',
    path: 'dist/server.js',
    import: '{ parseSubmission, createDeduper, memoryStore }',
    gzip: true,
    limit: '13.9 KB',
  },
  {
    // Node code (the funnel report: its maths, text, HTML page and stylesheet); a budget still
    // catches Preact, zod or the widget slipping in. Measured 9.85 kB when added (issue 7).
    name: 'npm, yesladder/report (all four functions)',
    path: 'dist/report.js',
    import: '{ reportFromLines, createFunnelAggregator, formatReport, renderReportHtml }',
    gzip: true,
    limit: '10.5 KB',
  },
  {
    name: 'npm, the lazy popover chunk (@floating-ui/dom + anchoring)',
    path: 'src/position/anchor.ts',
    import: '{ anchor }',
    gzip: true,
    // Our own tracking instead of floating-ui's autoUpdate: 6.64 → 6.06.
    limit: '6.2 KB',
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
