// `npm run bench`: yesladder's script-tag build against a hand-written plain-DOM form (the
// floor), in headless Chromium on pages served from 127.0.0.1, then the scale curve. Prints
// Markdown tables and writes every sample to bench/results/latest.json (or --out).
// Not a test: it asserts nothing. See the README's "Performance" section.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';
import { formatComparison } from './lib/compare-runs.mjs';
import { formatFormTable } from './lib/format-form-table.mjs';
import { formatScaleTable } from './lib/format-scale-table.mjs';
import { parseArgs, USAGE } from './lib/parse-args.mjs';
import { runFormBench } from './lib/run-form-bench.mjs';
import { runScaleBench } from './lib/run-scale-bench.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = resolve(ROOT, 'dist/yesladder.global.js');
const log = (text) => process.stderr.write(`bench: ${text}\n`);
const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

/** Size of the script the page loads: bytes and gzip level 9 bytes. */
async function scriptSize() {
  const source = await readFile(SCRIPT).catch(() => {
    throw new Error('yesladder bench: dist/yesladder.global.js is missing. Build it first: `npx tsup`.');
  });
  return { bytes: source.length, gzip: gzipSync(source, { level: 9 }).length };
}

/** Prints what the run measured, as the README shows it. */
function report(run) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`yesladder bench, ${run.date}`);
  console.log(`Chromium ${run.chromium}, ${run.machine.cpus} × ${run.machine.cpu}, Node ${run.node}`);
  console.log(
    `dist/yesladder.global.js: ${kb(run.script.bytes)}, ${kb(run.script.gzip)} gzip; ${run.rounds} round${run.rounds > 1 ? 's' : ''}\n`,
  );
  for (const setting of run.settings) {
    console.log(`Two-step form, ${setting.label}: median [min–max] of ${run.rounds} samples each\n`);
    console.log(`${formatFormTable(setting.summary)}\n`);
    const { evaluate, heap } = setting.scriptOnly;
    const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
    console.log(
      `The script alone, no form mounted (bench/pages/script-only.html): evaluation ${evaluate.median.toFixed(1)} ms [${evaluate.min.toFixed(1)}–${evaluate.max.toFixed(1)}], JS heap after GC ${mb(heap.median)} MB\n`,
    );
  }
  console.log(`Scale, desktop: median of ${run.scaleRuns} run${run.scaleRuns > 1 ? 's' : ''} each\n`);
  console.log(`${formatScaleTable(run.scale)}\n`);
}

async function bench(options) {
  const script = await scriptSize();
  const server = await startServer({ static: [{ prefix: '/bench/', dir: resolve(ROOT, 'bench/pages') }] });
  const browser = await launchChromium().catch(async (error) => {
    await server.close();
    throw error;
  });
  try {
    const scaleRuns = options.quick ? 1 : 3;
    const settings = await runFormBench(browser, { baseUrl: server.url, rounds: options.rounds, log });
    const scale = await runScaleBench(browser, {
      baseUrl: server.url,
      runs: scaleRuns,
      quick: options.quick,
      log,
    });
    return {
      version: 1,
      date: new Date().toISOString(),
      chromium: browser.version(),
      node: process.version,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown' },
      script,
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
