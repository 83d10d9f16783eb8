import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, expect, test } from 'vitest';
import { auditFiles } from '../../scripts/audit-dist.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/audit-dist.mjs', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake repo: dist/ and src/ holding `files` (path → code). */
const fakeRepo = (files: Record<string, string>): string => {
  const root = mkdtempSync(join(tmpdir(), 'yl-audit-'));
  dirs.push(root);
  for (const [path, code] of Object.entries({ 'src/ok.ts': 'export {};', ...files })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), code);
  }
  return root;
};

const runAudit = (root: string) =>
  spawnSync(process.execPath, [SCRIPT, '--dist', join(root, 'dist'), '--src', join(root, 'src')], {
    encoding: 'utf8',
  });

test.each([
  ['eval(', 'eval("1 + 1");'],
  ['new Function', 'const f = new Function("return 1");'],
  ['Function(', 'const f = Function("return 1");'],
  ['Function alias', 'let F=Function;new F("")'],
  ['innerHTML', 'el.innerHTML = html;'],
  ['outerHTML', 'el.outerHTML = html;'],
  ['insertAdjacentHTML', 'el.insertAdjacentHTML("beforeend", html);'],
  ['document.write', 'document.write(html);'],
  ['string timer', 'setTimeout("alert(1)", 10);'],
])('finds %s in a built file', (pattern, code) => {
  const findings = auditFiles([{ name: 'index.js', code }]);
  expect(findings.map((f) => f.pattern)).toContain(pattern);
});

test('passes code that only looks alike', () => {
  const code =
    'isFunction(x); typeof x == "function"; el.textContent = s; setTimeout(() => run(), 10); retrieval(1);';
  expect(auditFiles([{ name: 'index.js', code }])).toEqual([]);
});

test('fails the CLI with the file and pattern named when a built file has a forbidden pattern', () => {
  const root = fakeRepo({ 'dist/index.js': 'export const show = (el, html) => { el.innerHTML = html; };' });
  const run = runAudit(root);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('index.js: "innerHTML" appears 1 time');
});

test('allows the audited count in an allowlisted file, and fails one more', () => {
  const preact = 'a.innerHTML==b||(a.innerHTML=c)';
  expect(runAudit(fakeRepo({ 'dist/yesladder.global.js': preact })).status).toBe(0);
  const run = runAudit(fakeRepo({ 'dist/yesladder.global.js': `${preact};d.innerHTML=e` }));
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('appears 3 times; the allowlist audited 2');
});

test('fails when source hands preact raw HTML, which the allowlist relies on never happening', () => {
  const run = runAudit(
    fakeRepo({ 'dist/index.js': 'export {};', 'src/x.tsx': '<p dangerouslySetInnerHTML={{ __html: s }} />' }),
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('src/x.tsx: "dangerouslySetInnerHTML"');
});

test("catches zod's JIT if a build ever bundles it, minified", async () => {
  const out = await build({
    stdin: {
      contents: "import * as z from 'zod'; export const s = z.object({ a: z.string() });",
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  const findings = auditFiles([{ name: 'bundle.js', code: out.outputFiles[0]?.text ?? '' }]);
  expect(findings.map((f) => f.pattern)).toContain('Function alias');
});
