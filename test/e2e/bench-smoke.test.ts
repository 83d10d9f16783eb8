import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

// The bench runs (`npm run bench`): one quick round in real Chromium, its JSON read back.
// No timing is asserted; only that every page was measured and reached its next step.

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNNER = join(ROOT, 'bench/run.mjs');
const BENCH_TIMEOUT_MS = 240_000;

interface Sample {
  readonly reachedStep2: boolean;
  readonly firstField: number;
  readonly heap: number;
}
interface Figures {
  readonly median: number;
}
interface Setting {
  readonly name: string;
  readonly samples: { readonly plain: Sample[]; readonly yesladder: Sample[] };
  readonly summary: Record<string, { plain: Figures; yesladder: Figures; ratio: number | null }>;
}
interface ScaleForm {
  readonly form: string;
  readonly steps: number;
  readonly options: number;
  readonly transitions: number;
}
interface BenchRun {
  readonly settings: Setting[];
  readonly scale: ScaleForm[];
}

let dir = '';
let out = '';
let stdout = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yesladder-bench-'));
  out = join(dir, 'run.json');
  ({ stdout } = await run(process.execPath, [RUNNER, '--rounds', '1', '--quick', '--out', out], {
    cwd: ROOT,
    timeout: BENCH_TIMEOUT_MS,
  }));
}, BENCH_TIMEOUT_MS);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const readRun = async (): Promise<BenchRun> => JSON.parse(await readFile(out, 'utf8'));

test('measures the floor and yesladder, each reaching step 2, with and without CPU throttling', async () => {
  const { settings } = await readRun();
  expect(settings.map((setting) => setting.name)).toEqual(['desktop', 'cpu4x']);
  for (const { samples } of settings) {
    expect(samples.plain.map((sample) => sample.reachedStep2)).toEqual([true]);
    expect(samples.yesladder.map((sample) => sample.reachedStep2)).toEqual([true]);
  }
});

test('summarizes every figure for both variants as a median and a ratio to the floor', async () => {
  const { settings } = await readRun();
  for (const { summary } of settings) {
    for (const key of ['evaluate', 'firstField', 'step2Painted', 'heap', 'nodes', 'longTasksTransition']) {
      expect(summary[key]?.plain.median, key).toBeTypeOf('number');
      expect(summary[key]?.yesladder.median, key).toBeTypeOf('number');
    }
    expect(summary.firstField?.ratio).toBeGreaterThan(0);
  }
});

test('prints the tables, the one at 4× with the targets', () => {
  expect(stdout).toContain('Two-step form, desktop');
  expect(stdout).toContain('Two-step form, 4× CPU throttling');
  expect(stdout).toMatch(/\| First field painted \(ms\) .*\| ≤ 1\.30× \(aim 1\.10×\)/);
  expect(stdout).toContain('Scale, desktop');
});

test('clicks through every step of each generated form, and the choice step by one click', async () => {
  const { scale } = await readRun();
  expect(scale.map((form) => [form.form, form.transitions])).toEqual([
    ['10 steps × 10 fields', 10],
    ['50 steps × 10 fields', 50],
    ['choice step, 500 options', 1],
  ]);
});

test('--compare BASE --with CURRENT prints the ratio of two saved runs without running', async () => {
  const { stdout: compared } = await run(process.execPath, [RUNNER, '--compare', out, '--with', out], {
    cwd: ROOT,
  });
  expect(compared).toContain('yesladder, 4× CPU throttling: this run against the base');
  expect(compared).toMatch(/\| First field painted \(ms\) .*\|\s+1\.00× \|/);
});

test('refuses a --rounds that is not a whole number, saying what it received', async () => {
  const failed = await run(process.execPath, [RUNNER, '--rounds', 'many'], { cwd: ROOT }).catch(
    (error: { code: number; stderr: string }) => error,
  );
  expect(failed).toMatchObject({ code: 1 });
  expect((failed as { stderr: string }).stderr).toContain(
    'yesladder bench: --rounds takes a whole number of at least 1; received "many".',
  );
});
