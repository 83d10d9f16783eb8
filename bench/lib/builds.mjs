// The script builds the form bench can measure as "yesladder" (`--script`): the split build
// the README recommends, or the one-file build. Each has its own pair of pages with the same
// form and config, so the two runs differ only in the script tag.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILDS = {
  split: {
    name: 'split',
    label: 'the split build',
    files: ['dist/yesladder.js', 'dist/yesladder.runtime.js'],
    page: 'bench/yesladder-split.html',
    scriptOnly: 'bench/script-only-split.html',
    // Where the page's yesladder.js loads its runtime from: beside itself.
    runtime: '/dist/yesladder.runtime.js',
  },
  global: {
    name: 'global',
    label: 'the one-file build',
    files: ['dist/yesladder.global.js'],
    page: 'bench/yesladder.html',
    scriptOnly: 'bench/script-only.html',
    runtime: undefined,
  },
};

/** What the scale bench loads whatever `--script` says: scale.js calls `yesladder.mount` at once. */
export const SCALE_SCRIPT = 'dist/yesladder.global.js';

/** The build a saved run measured; runs from before `--script` measured the one-file build. */
export const buildOf = (run) => BUILDS[run.script?.build] ?? BUILDS.global;

/** How a build's files read in one line: `dist/a.js + dist/b.js`. */
export const filesOf = (build) => build.files.join(' + ');

/**
 * Size of one file under `root`: bytes and gzip level 9 bytes.
 * @param {string} root
 * @param {string} path relative to `root`
 */
export async function fileSize(root, path) {
  const source = await readFile(resolve(root, path)).catch(() => {
    throw new Error(`yesladder bench: ${path} is missing. Build it first: \`npx tsup\`.`);
  });
  return { path, bytes: source.length, gzip: gzipSync(source, { level: 9 }).length };
}

/**
 * The files `build` loads with their sizes, and their sum (what a visitor downloads in all).
 * @param {string} root
 * @param {(typeof BUILDS)[keyof typeof BUILDS]} build
 */
export async function buildSize(root, build) {
  const files = await Promise.all(build.files.map((path) => fileSize(root, path)));
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  return { build: build.name, files, bytes: sum('bytes'), gzip: sum('gzip') };
}
