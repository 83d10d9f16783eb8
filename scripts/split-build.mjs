// The split script build: `yesladder.js` paints each form's first step with Preact and the
// same components, and loads `yesladder.runtime.js`, the rest, from beside it. The runtime
// must use the first script's modules, not copies (one Preact, the same component functions,
// so it takes over the painted DOM in place): the first script hands every module it has to
// the runtime, numbered, and the runtime's build replaces its imports of those modules with
// reads from that list. Run by tsup (tsup.config.ts) after the other script builds.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lintAtMount, sinksInline, withoutAttach, withoutPopover } from './script-builds.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODULES = 'yesladder:first-modules';

const common = {
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  absWorkingDir: ROOT,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
};

/**
 * The first script's module list: nothing while its graph is measured, then, at each module's
 * number, an object of just the exports the runtime imports from it (`used`: number → names,
 * or `*` for the whole namespace). A namespace would keep every export of its module.
 */
const moduleList = (paths, used = new Map()) => ({
  name: 'first-modules',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${MODULES}$`) }, () => ({
      path: MODULES,
      namespace: 'first-modules',
    }));
    b.onLoad({ filter: /.*/, namespace: 'first-modules' }, () => {
      const lines = [];
      const entries = paths.map((path, i) => {
        const names = used.get(i);
        if (!names) return '';
        const from = JSON.stringify(resolve(ROOT, path));
        if (names.has('*')) {
          lines.push(`import * as m${i} from ${from};`);
          return `m${i}`;
        }
        const local = [...names].map((name, j) => [name, `m${i}_${j}`]);
        lines.push(`import { ${local.map(([name, as]) => `${name} as ${as}`).join(', ')} } from ${from};`);
        return `{ ${local.map(([name, as]) => `${name}: ${as}`).join(', ')} }`;
      });
      lines.push(`export const modules = [${entries.join(', ')}];`);
      return { resolveDir: ROOT, contents: lines.join('\n') };
    });
  },
});

/**
 * An esbuild plugin that resolves each import as usual and, when it is one of the first
 * script's modules (number `i` of `paths`), returns `redirect(found, i)` instead. `load`, if
 * given, loads what it redirected into the namespace `name`.
 */
const firstScriptModules = (name, paths, redirect, load) => {
  const index = new Map(paths.map((path, i) => [resolve(ROOT, path), i]));
  return {
    name,
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.[name] || args.kind === 'entry-point') return undefined;
        const found = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { [name]: true },
        });
        if (found.errors.length) return { errors: found.errors };
        const i = index.get(found.path);
        return i === undefined ? found : redirect(found, i);
      });
      if (load) b.onLoad({ filter: /.*/, namespace: name }, load);
    },
  };
};

/**
 * Which exports of the first script's modules the runtime imports: the runtime is bundled as
 * ESM with those modules left external, and its import statements name them.
 */
const importedNames = async (entry, paths, plugins) => {
  const index = new Map(paths.map((path, i) => [resolve(ROOT, path), i]));
  const probe = await build({
    ...common,
    entryPoints: [entry],
    format: 'esm',
    minify: false,
    sourcemap: false,
    write: false,
    outfile: 'runtime.probe.js',
    plugins: [
      firstScriptModules('first-script-external', paths, (found) => ({ path: found.path, external: true })),
      ...plugins,
    ],
  });
  const used = new Map();
  for (const [, clause, from] of probe.outputFiles[0].text.matchAll(/^import (.+?) from "(.+?)";$/gm)) {
    const i = index.get(from);
    const names = used.get(i) ?? new Set();
    used.set(i, names);
    if (clause.startsWith('* as')) names.add('*');
    for (const [, name] of clause.matchAll(/(?:^|[{,]\s*)(\w+)(?:\s+as\s+\w+)?(?=\s*[,}])/g)) names.add(name);
    if (/^\w+/.test(clause) && !clause.startsWith('* as')) names.add('default');
  }
  return used;
};

/**
 * In the runtime: an import of a module the first script has reads the first script's copy,
 * as plain bindings of the names the runtime imports (`used`), taken once while it starts.
 */
const fromFirstScript = (paths, used) =>
  firstScriptModules(
    'first-script',
    paths,
    (_, i) => ({ path: String(i), namespace: 'first-script' }),
    (args) => {
      const from = `document.currentScript.yesladderHandover.modules[${args.path}]`;
      const names = [...(used.get(Number(args.path)) ?? [])];
      return {
        contents: names.includes('*')
          ? `module.exports = ${from};`
          : `export const { ${names.map((name) => (name === 'default' ? 'default: _default' : name)).join(', ')} } = ${from};${names.includes('default') ? ' export default _default;' : ''}`,
        loader: 'js',
      };
    },
  );

const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** Writes dist/yesladder.js and dist/yesladder.runtime.js (and their maps) into `outdir`. */
export async function buildSplit(outdir = resolve(ROOT, 'dist')) {
  const bootEntry = 'src/embed/first-paint/boot-entry.ts';
  const define = (integrity) => ({ __YESLADDER_RUNTIME_INTEGRITY__: JSON.stringify(integrity) });
  // 1. The first script's graph.
  const measured = await build({
    ...common,
    entryPoints: [bootEntry],
    write: false,
    outfile: 'first.js',
    metafile: true,
    define: define(''),
    plugins: [moduleList([])],
  });
  const paths = Object.keys(measured.metafile.inputs)
    .filter((path) => !path.startsWith('first-modules:') && path !== bootEntry)
    .sort();
  // 2. The runtime, reading those modules from the first script.
  const runtimeEntry = 'src/embed/first-paint/runtime-entry.ts';
  const swaps = [withoutPopover, withoutAttach, sinksInline, lintAtMount(false)];
  const used = await importedNames(runtimeEntry, paths, swaps);
  const runtime = await build({
    ...common,
    entryPoints: [runtimeEntry],
    outfile: resolve(outdir, 'yesladder.runtime.js'),
    write: false,
    plugins: [fromFirstScript(paths, used), ...swaps],
  });
  // 3. The first script, handing over every module, and carrying the runtime's hash.
  const runtimeCode = runtime.outputFiles.find((file) => file.path.endsWith('.js'));
  const first = await build({
    ...common,
    entryPoints: [bootEntry],
    outfile: resolve(outdir, 'yesladder.js'),
    write: false,
    define: define(sri(runtimeCode.contents)),
    plugins: [moduleList(paths, used)],
  });
  for (const file of [...runtime.outputFiles, ...first.outputFiles])
    await writeFile(file.path, file.contents);
  return {
    modules: [...used].map(
      ([i, names]) => `${relative(ROOT, resolve(ROOT, paths[i]))}: ${[...names].join(', ')}`,
    ),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { modules } = await buildSplit();
  console.log(`split build: dist/yesladder.js hands dist/yesladder.runtime.js ${modules.length} modules:`);
  for (const line of modules) console.log(`  ${line}`);
}
