// `npm run bench`: yesladder's script tag (the split build, or with --script global the
// one-file build) against a hand-written plain-DOM form (the floor), in headless Chromium on
// pages served from 127.0.0.1, then the scale curve (one-file build). Prints Markdown tables
// and writes every sample to bench/results/latest.json (or --out).
// Not a test: it asserts nothing. See the README's "Performance" section.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';
import { BUILDS, buildOf, buildSize, fileSize, SCALE_SCRIPT } from './lib/builds.mjs';
import { formatComparison } from './lib/compare-runs.mjs';
import { formatFormTable } from './lib/format-form-table.mjs';
import { formatScaleTable } from './lib/format-scale-table.mjs';
import { parseArgs, USAGE } from './lib/parse-args.mjs';
import { runFormBench } from './lib/run-form-bench.mjs';
import { runScaleBench } from './lib/run-scale-bench.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (text) => process.stderr.write(`bench: ${text}\n`);
const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const size = ({ bytes, gzip }) => `${kb(bytes)}, ${kb(gzip)} gzip`;
const plural = (count, word) => `${count} ${word}${count > 1 ? 's' : ''}`;
const range = ({ median, min, max }) => `${median.toFixed(1)} ms [${min.toFixed(1)}–${max.toFixed(1)}]`;

/** The files measured as yesladder, each with its size, and their sum when there are several. */
function measuredFiles(script) {
  const files = script.files.map((file) => `${file.path}: ${size(file)}`);
  if (files.length === 1) return files[0];
  return `${files.join('; ')}; together ${size(script)}`;
}

/** The line under each table: the build evaluated with no form to mount. */
function scriptOnlyLine(build, { evaluate, runtimeEvaluate, heap }) {
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
  const page = `bench/pages/${basename(build.scriptOnly)}`;
  if (runtimeEvaluate.median === null) {
    return `The script alone, no form mounted (${page}): evaluation ${range(evaluate)}, JS heap after GC ${mb(heap.median)} MB`;
  }
  return `The split build alone, no form mounted (${page}): yesladder.js evaluation ${range(evaluate)}, then yesladder.runtime.js (loaded at once, nothing painted) ${range(runtimeEvaluate)}; JS heap after GC, runtime taken over, ${mb(heap.median)} MB`;
}

/** Prints what the run measured, as the README shows it. */
function report(run) {
  const build = buildOf(run);
  console.log(`yesladder bench, ${run.date}`);
  console.log(`Chromium ${run.chromium}, ${run.machine.cpus} × ${run.machine.cpu}, Node ${run.node}`);
  console.log(
    `yesladder measured as ${build.label} (--script ${build.name}): ${measuredFiles(run.script)}; ${plural(run.rounds, 'round')}\n`,
  );
  for (const setting of run.settings) {
    console.log(`Two-step form, ${setting.label}: median [min–max] of ${run.rounds} samples each\n`);
    console.log(`${formatFormTable(setting.summary)}\n`);
    console.log(`${scriptOnlyLine(build, setting.scriptOnly)}\n`);
  }
  if (run.scale.length === 0) return;
  console.log(
    `Scale, desktop, on the one-file build (${run.scaleScript.path}: ${size(run.scaleScript)}; scale.html calls yesladder.mount synchronously): median of ${plural(run.scaleRuns, 'run')} each\n`,
  );
  console.log(`${formatScaleTable(run.scale)}\n`);
}

async function bench(options) {
  const build = BUILDS[options.script];
  const script = await buildSize(ROOT, build);
  const scaleScript = await fileSize(ROOT, SCALE_SCRIPT);
  const server = await startServer({ static: [{ prefix: '/bench/', dir: resolve(ROOT, 'bench/pages') }] });
  const browser = await launchChromium().catch(async (error) => {
    await server.close();
    throw error;
  });
  try {
    const scaleRuns = options.scale ? (options.quick ? 1 : 3) : 0;
    const settings = await runFormBench(browser, { baseUrl: server.url, rounds: options.rounds, build, log });
    const scale = options.scale
      ? await runScaleBench(browser, { baseUrl: server.url, runs: scaleRuns, quick: options.quick, log })
      : [];
    return {
      // 2: `script` names the build and each of its files; the runtime's figures; `scaleScript`.
      version: 2,
      date: new Date().toISOString(),
      chromium: browser.version(),
      node: process.version,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown' },
      script,
      scaleScript,
      rounds: options.rounds,
      scaleRuns,
      settings,
      scale,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) return console.log(USAGE);
  if (options.with) {
    return console.log(formatComparison(await readJson(options.with), await readJson(options.compare)));
  }
  const base = options.compare ? await readJson(options.compare) : undefined;
  const run = await bench(options);
  report(run);
  const out = resolve(options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(run, null, 2)}\n`);
  console.log(`Every sample: ${out}`);
  if (base) console.log(`\n${formatComparison(run, base)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
