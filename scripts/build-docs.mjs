// `npm run docs`: builds the docs site into site/ (or the folder given) from the README, the
// config's shape, the recipes and the playground, with the built dist/ files beside them.
// The site's build is TypeScript (docs/site/build/): esbuild bundles it for Node first.
//
//   node scripts/build-docs.mjs [outdir]
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the site into `outdir`; resolves with what was written. */
export async function buildDocs(outdir = resolve(ROOT, 'site')) {
  // Inside node_modules, so the bundle's bare imports resolve from the repository's packages.
  const cache = resolve(ROOT, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const temp = await mkdtemp(join(cache, 'yesladder-docs-'));
  try {
    const outfile = join(temp, 'build-site.mjs');
    await build({
      entryPoints: [resolve(ROOT, 'docs/site/build/build-site.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      outfile,
      logLevel: 'warning',
      absWorkingDir: ROOT,
    });
    const { buildSite } = await import(pathToFileURL(outfile).href);
    return await buildSite({ root: ROOT, outdir });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outdir = resolve(process.argv[2] ?? resolve(ROOT, 'site'));
  const site = await buildDocs(outdir);
  console.log(`docs: ${site.pages.length} pages in ${outdir} (yesladder ${site.version}).`);
  console.log(`  open ${join(outdir, 'index.html')}, or run npm start and visit /docs/`);
}
