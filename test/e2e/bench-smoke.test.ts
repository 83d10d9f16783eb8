import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The bench runs (`npm run bench`), once for each build it measures as yesladder: the split
// build (`--script split`, the default) and the one-file build (`--script global`). One quick
// round each in real Chromium, the JSON read back. No timing is asserted; only that every
// page was measured, reached its next step, and that the run says what it measured.

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNNER = join(ROOT, 'bench/run.mjs');
const BENCH_TIMEOUT_MS = 240_000;

type Build = 'split' | 'global';

/** Each build's files, as the run's header and JSON name them. */
const FILES: Record<Build, string[]> = {
  split: ['dist/yesladder.js', 'dist/yesladder.runtime.js'],
  global: ['dist/yesladder.global.js'],
};

/** The split run also runs the scale curve; the one-file run skips it, which it would repeat. */
const EXTRA_FLAGS: Record<Build, string[]> = { split: [], global: ['--no-scale'] };

interface Sample {
  readonly reachedStep2: boolean;
  readonly firstField: number;
  readonly heap: number;
  readonly evaluate: number;
  readonly runtimeEvaluate: number | null;
  readonly runtimeTakenOver: number | null;
  readonly scriptToStep1: number;
}
interface Figures {
  readonly median: number | null;
}
interface Setting {
  readonly name: string;
  readonly samples: { readonly plain: Sample[]; readonly yesladder: Sample[] };
  readonly summary: Record<string, { plain: Figures; yesladder: Figures; ratio: number | null }>;
  readonly scriptOnly: {
    readonly evaluate: Figures;
    readonly runtimeEvaluate: Figures;
    readonly heap: Figures;
  };
}
interface ScaleForm {
  readonly form: string;
  readonly steps: number;
  readonly options: number;
  readonly transitions: number;
}
interface FileSize {
  readonly path: string;
  readonly bytes: number;
  readonly gzip: number;
}
interface BenchRun {
  readonly version: number;
  readonly script: {
    readonly build: Build;
    readonly files: FileSize[];
    readonly bytes: number;
    readonly gzip: number;
  };
  readonly scaleScript: FileSize;
  readonly settings: Setting[];
  readonly scale: ScaleForm[];
}

let dir = '';
const outputs: Partial<Record<Build, { out: string; stdout: string }>> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yesladder-bench-'));
  // One after the other: the machine's cores are the bench's to measure with.
  for (const build of ['split', 'global'] as const) {
    const out = join(dir, `${build}.json`);
    const flags = ['--script', build, '--rounds', '1', '--quick', ...EXTRA_FLAGS[build], '--out', out];
    const { stdout } = await run(process.execPath, [RUNNER, ...flags], {
      cwd: ROOT,
      timeout: BENCH_TIMEOUT_MS,
    });
    outputs[build] = { out, stdout };
  }
}, 2 * BENCH_TIMEOUT_MS);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const outputOf = (build: Build) => {
  const output = outputs[build];
  if (!output) throw new Error(`the ${build} bench did not run`);
  return output;
};
const readRun = async (build: Build): Promise<BenchRun> =>
  JSON.parse(await readFile(outputOf(build).out, 'utf8'));

describe.each(['split', 'global'] as const)('--script %s', (build) => {
  test('measures the floor and yesladder, each reaching step 2, with and without CPU throttling', async () => {
    const { settings } = await readRun(build);
    expect(settings.map((setting) => setting.name)).toEqual(['desktop', 'cpu4x']);
    for (const { samples } of settings) {
      expect(samples.plain.map((sample) => sample.reachedStep2)).toEqual([true]);
      expect(samples.yesladder.map((sample) => sample.reachedStep2)).toEqual([true]);
    }
  });

  test('summarizes every figure for both variants as a median and a ratio to the floor', async () => {
    const { settings } = await readRun(build);
    for (const { summary } of settings) {
      for (const key of ['evaluate', 'firstField', 'step2Painted', 'heap', 'nodes', 'longTasksTransition']) {
        expect(summary[key]?.plain.median, key).toBeTypeOf('number');
        expect(summary[key]?.yesladder.median, key).toBeTypeOf('number');
      }
      expect(summary.firstField?.ratio).toBeGreaterThan(0);
    }
  });

  test('names the files it measured, each with its size and gzip size, and their sum', async () => {
    const { version, script, scaleScript } = await readRun(build);
    expect(version).toBe(2);
    expect(script.build).toBe(build);
    expect(script.files.map((file) => file.path)).toEqual(FILES[build]);
    for (const file of script.files) {
      expect(file.bytes, file.path).toBeGreaterThan(0);
      expect(file.gzip, file.path).toBeGreaterThan(0);
      expect(file.gzip, file.path).toBeLessThan(file.bytes);
    }
    expect(script.bytes).toBe(script.files.reduce((sum, file) => sum + file.bytes, 0));
    expect(script.gzip).toBe(script.files.reduce((sum, file) => sum + file.gzip, 0));
    expect(scaleScript.path).toBe('dist/yesladder.global.js');
    const header = outputOf(build)
      .stdout.split('\n')
      .find((line) => line.startsWith('yesladder measured as'));
    for (const path of FILES[build]) expect(header).toContain(`${path}: `);
  });

  test('prints the tables, the one at 4× with the targets, with the runtime rows', () => {
    const { stdout } = outputOf(build);
    expect(stdout).toContain('Two-step form, desktop');
    expect(stdout).toContain('Two-step form, 4× CPU throttling');
    expect(stdout).toMatch(/\| First field painted \(ms\) .*\| ≤ 1\.30× \(aim 1\.10×\)/);
    // The floor never has a runtime; yesladder has one in the split build only.
    const yesladderCell = build === 'split' ? String.raw`\d+\.\d \[` : '—';
    for (const label of ['Runtime evaluation', 'Runtime taken over']) {
      expect(stdout).toMatch(new RegExp(String.raw`\| ${label} \(ms\) +\| +— \| +${yesladderCell}`));
    }
  });
});

describe('--script split', () => {
  test('measures the runtime: its evaluation and when it took over, in every sample of yesladder only', async () => {
    const { settings } = await readRun('split');
    for (const { samples, scriptOnly } of settings) {
      for (const sample of samples.yesladder) {
        expect(sample.runtimeEvaluate).toBeGreaterThan(0);
        expect(sample.runtimeTakenOver).toBeGreaterThan(0);
      }
      for (const sample of samples.plain)
        expect([sample.runtimeEvaluate, sample.runtimeTakenOver]).toEqual([null, null]);
      expect(scriptOnly.runtimeEvaluate.median).toBeGreaterThan(0);
    }
  });

  test("counts both files' scripts in the load's main-thread JS", async () => {
    const { settings } = await readRun('split');
    for (const { samples } of settings) {
      for (const sample of samples.yesladder) {
        // The two evaluations are separate tasks, so the load's JS holds at least their sum.
        const evaluations = sample.evaluate + (sample.runtimeEvaluate ?? Number.NaN);
        expect(sample.scriptToStep1).toBeGreaterThanOrEqual(evaluations - 0.001);
      }
    }
  });

  test('says the scale curve runs on the one-file build, and clicks through every generated form', async () => {
    expect(outputOf('split').stdout).toContain(
      'Scale, desktop, on the one-file build (dist/yesladder.global.js',
    );
    const { scale } = await readRun('split');
    expect(scale.map((form) => [form.form, form.transitions])).toEqual([
      ['10 steps × 10 fields', 10],
      ['50 steps × 10 fields', 50],
      ['choice step, 500 options', 1],
    ]);
  });
});

describe('--script global', () => {
  test('has no runtime figures: the one-file build has no runtime to wait for', async () => {
    const { settings } = await readRun('global');
    for (const { samples, scriptOnly } of settings) {
      for (const sample of [...samples.plain, ...samples.yesladder]) {
        expect([sample.runtimeEvaluate, sample.runtimeTakenOver]).toEqual([null, null]);
      }
      expect(scriptOnly.runtimeEvaluate.median).toBeNull();
    }
  });

  test('--no-scale runs the form bench only', async () => {
    expect((await readRun('global')).scale).toEqual([]);
    expect(outputOf('global').stdout).not.toContain('Scale, desktop');
  });
});

describe('--compare BASE --with CURRENT', () => {
  const compare = async (base: Build, current: Build) =>
    (
      await run(
        process.execPath,
        [RUNNER, '--compare', outputOf(base).out, '--with', outputOf(current).out],
        { cwd: ROOT },
      )
    ).stdout;

  test('prints the ratio of two saved runs of the same build without running, with no note', async () => {
    const compared = await compare('split', 'split');
    expect(compared).toContain('yesladder, 4× CPU throttling: this run against the base');
    expect(compared).toMatch(/\| First field painted \(ms\) .*\|\s+1\.00× \|/);
    expect(compared).not.toContain('Note:');
  });

  test('notes in one line that the runs measured different builds, and still compares them', async () => {
    const compared = await compare('global', 'split');
    const [note, ...rest] = compared.split('\n\n');
    expect(note).toBe(
      'Note: the base measured the one-file build (dist/yesladder.global.js), this run the split build (dist/yesladder.js + dist/yesladder.runtime.js); compared all the same.',
    );
    expect(rest.join('\n\n')).toContain('yesladder, 4× CPU throttling: this run against the base');
  });
});

describe('command line', () => {
  const refusal = async (...flags: string[]) => {
    const failed = await run(process.execPath, [RUNNER, ...flags], { cwd: ROOT }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 1 });
    return (failed as { stderr: string }).stderr;
  };

  test('refuses a --rounds that is not a whole number, saying what it received', async () => {
    expect(await refusal('--rounds', 'many')).toContain(
      'yesladder bench: --rounds takes a whole number of at least 1; received "many".',
    );
  });

  test('refuses a --script that names no build, saying which it takes', async () => {
    expect(await refusal('--script', 'esm')).toContain(
      'yesladder bench: --script takes split (dist/yesladder.js + dist/yesladder.runtime.js) or global (dist/yesladder.global.js); received "esm".',
    );
  });
});
