// The script-tag builds, shared by tsup.config.ts (which writes them to dist/) and
// scripts/analyze-size.mjs (which weighs what goes into them): each module swap in one place.
import { fileURLToPath } from 'node:url';

const src = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/** An esbuild plugin resolving imports whose path ends like `filter` to another module. */
const swap = (name, filter, path) => ({
  name,
  setup(build) {
    build.onResolve({ filter }, () => ({ path }));
  },
});

/**
 * The core script-tag build has no popover code: the popover frame (and with it the lazy
 * load of @floating-ui/dom) is swapped for a stub that shows a modal, with one warning.
 */
export const withoutPopover = swap(
  'without-popover',
  /\/popover-frame$/,
  src('embed/display/popover-frame.none.ts'),
);

/**
 * Attach mode (the page's own form is step 1, the ladder opens in a popover beside it) ships
 * with the popover: the core builds swap it for a stub that attaches nothing and says so.
 */
export const withoutAttach = swap('without-attach', /\/attach$/, src('embed/attach.none.ts'));

/**
 * Script tags carry every sink (a JSON config may name any), built in: the npm build's
 * lazy loader, one chunk per sink, is swapped for a plain table.
 */
export const sinksInline = swap('sinks-inline', /\/sinks\/from-config$/, src('sinks/from-config.inline.ts'));

/**
 * The friction linter logs at mount in development only, and a script tag has no bundler to
 * say which: the production files swap `lintInDev` for nothing (no linter code in them), the
 * dev file for a plain call.
 */
export const lintAtMount = (dev) =>
  swap('lint-at-mount', /\/lint-in-dev$/, src(`embed/lint-in-dev.${dev ? 'always' : 'none'}.ts`));

/** Each `<script>` file: one self-contained IIFE writing one global. */
export const scriptBuilds = [
  {
    name: 'yesladder.global',
    entry: 'src/embed/iife.ts',
    plugins: [withoutPopover, withoutAttach, sinksInline, lintAtMount(false)],
  },
  {
    name: 'yesladder.popover.global',
    entry: 'src/embed/iife-popover.ts',
    plugins: [sinksInline, lintAtMount(false)],
  },
  // While building a page: the popover build plus the friction linter's console warnings, unminified.
  {
    name: 'yesladder.dev.global',
    entry: 'src/embed/iife-popover.ts',
    plugins: [sinksInline, lintAtMount(true)],
    minify: false,
  },
];
