import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { freeGuide } from '../fixtures/free-guide';

// The `yesladder` bin as npm installs it: dist/cli.js run by node, hashing the dist/ next to it.

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const FIRST_SCRIPT = fileURLToPath(new URL('../../dist/yesladder.js', import.meta.url));
const MISSING =
  'dist/cli.js or dist/yesladder.js is missing: build with `npx tsup` (or `npm run build`) first.';

const yesladder = async (...args: string[]) => {
  if (!existsSync(CLI) || !existsSync(FIRST_SCRIPT)) throw new Error(MISSING);
  try {
    const { stdout, stderr } = await promisify(execFile)(CLI, args);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

test('the bin prints a snippet pinned to the SRI hash of its own dist/yesladder.js (the split build)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yesladder-bin-'));
  writeFileSync(join(dir, 'guide.json'), JSON.stringify(freeGuide));
  const { code, stdout } = await yesladder('snippet', join(dir, 'guide.json'));

  const hash = createHash('sha384').update(readFileSync(FIRST_SCRIPT)).digest('base64');
  expect(code).toBe(0);
  expect(stdout).toContain(`s.integrity = "sha384-${hash}";`);
  expect(stdout).toContain("s.crossOrigin = 'anonymous';");
  expect(stdout).toContain(`/dist/yesladder.js";`);
  expect(stdout).toContain('yesladder(\'mount\', "#yesladder-free-guide", {');
});

test('the bin exits 2 with the usage for an unknown command', async () => {
  const { code, stderr } = await yesladder('frobnicate');
  expect(code).toBe(2);
  expect(stderr).toContain('unknown command "frobnicate"');
  expect(stderr).toContain('Usage: yesladder <command>');
});
