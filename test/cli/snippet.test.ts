import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, expect, test } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';
import { version } from '../../src/version';
import { freeGuide } from '../fixtures/free-guide';

// The CLI run in-process with a fake terminal and real files in a temporary folder.

let dir: string;
const BUILD = "window.YesLadder = {}; // the split script-tag build's first script\n";
const POPOVER_BUILD = 'window.YesLadder = {}; // the popover build\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yesladder-cli-'));
  writeFileSync(join(dir, 'yesladder.js'), BUILD);
  writeFileSync(join(dir, 'yesladder.popover.global.js'), POPOVER_BUILD);
  writeFileSync(join(dir, 'guide.json'), JSON.stringify(freeGuide));
});

const run = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readFile, cwd: dir, distDir: dir };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
};
const writeConfig = (name: string, config: unknown) => writeFileSync(join(dir, name), JSON.stringify(config));
const sha384 = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const inlineScript = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/** Runs the printed inline script the way a browser would, and returns what it queued and injected. */
const runSnippet = (html: string) => {
  const injected: Record<string, string>[] = [];
  const window: { yesladder?: { q?: ArrayLike<unknown>[] } } = {};
  const document = {
    createElement: (tag: string) => ({ tag }),
    head: { appendChild: (element: Record<string, string>) => injected.push(element) },
  };
  runInNewContext(inlineScript(html), Object.assign(window, { window, document }));
  return { calls: (window.yesladder?.q ?? []).map((args) => Array.from(args)), injected };
};

test('prints a snippet that loads the built file pinned by its SRI hash, anonymously, and mounts the config', async () => {
  const { code, stdout, stderr } = await run('snippet', 'guide.json');
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });

  const { calls, injected } = runSnippet(stdout);
  expect(injected).toEqual([
    {
      tag: 'script',
      src: `https://cdn.jsdelivr.net/npm/yesladder@${version}/dist/yesladder.js`,
      integrity: sha384(BUILD),
      crossOrigin: 'anonymous',
    },
  ]);
  expect(calls).toEqual([['mount', '#yesladder-free-guide', JSON.parse(JSON.stringify(freeGuide))]]);
  expect(stdout).toContain('<div id="yesladder-free-guide"></div>');
});

test('names the inline script by the CSP hash of its exact text', async () => {
  const { stdout } = await run('snippet', 'guide.json');
  const hash = createHash('sha256').update(inlineScript(stdout)).digest('base64');
  expect(stdout).toContain(`script-src 'sha256-${hash}' https://cdn.jsdelivr.net`);
});

test('escapes the config so a </script> or <!-- in a string cannot end the inline script', async () => {
  const sneaky = {
    id: 'sneaky',
    steps: [
      {
        id: 'start',
        type: 'cta',
        title: 'Hi </script><script>alert(1)</script> <!-- there',
        button: 'Go\u2028now',
      },
      { id: 'email', fields: [{ name: 'email', type: 'email' }] },
    ],
  };
  writeConfig('sneaky.json', sneaky);
  const { code, stdout } = await run('snippet', 'sneaky.json', '--target', '#a</script>');

  expect(code).toBe(0);
  const script = inlineScript(stdout);
  expect(script).not.toMatch(/<\/script|<!--/i);
  expect(stdout.match(/<\/script>/g)).toHaveLength(1);
  expect(runSnippet(stdout).calls).toEqual([['mount', '#a</script>', sneaky]]);
});

test('uses --src, --file and --target as given', async () => {
  writeFileSync(join(dir, 'fork.js'), 'a fork');
  const { stdout } = await run(
    'snippet',
    'guide.json',
    '--src',
    'https://static.example.com/yl.js',
    '--file',
    'fork.js',
    '--target',
    '#hero-form',
  );
  const { calls, injected } = runSnippet(stdout);
  expect(injected[0]).toMatchObject({ src: 'https://static.example.com/yl.js', integrity: sha384('a fork') });
  expect(calls[0]?.[1]).toBe('#hero-form');
  expect(stdout).toContain('<div id="hero-form"></div>');
  expect(stdout).toContain("script-src 'sha256-");
  expect(stdout).toContain(' https://static.example.com\n');
});

test('prints no <div> for a target that is not a plain #id', async () => {
  const { stdout } = await run('snippet', 'guide.json', '--target', '.hero .signup');
  expect(stdout).not.toContain('<div');
  expect(runSnippet(stdout).calls[0]?.[1]).toBe('.hero .signup');
});

test('hashes the popover build for a popover config', async () => {
  writeConfig('popover.json', { ...freeGuide, display: { mode: 'popover', trigger: { click: '#open' } } });
  const { code, stdout } = await run('snippet', 'popover.json');
  expect(code).toBe(0);
  expect(runSnippet(stdout).injected[0]).toMatchObject({
    src: `https://cdn.jsdelivr.net/npm/yesladder@${version}/dist/yesladder.popover.global.js`,
    integrity: sha384(POPOVER_BUILD),
  });
});

test("--attach prints yesladder('attach', …) for the page's own form, no <div>, and the popover build", async () => {
  const { code, stdout } = await run('snippet', 'guide.json', '--attach', '#hero-form');
  expect(code).toBe(0);
  const { calls, injected } = runSnippet(stdout);
  expect(calls.map(([name, target]) => [name, target])).toEqual([['attach', '#hero-form']]);
  expect(calls[0]?.[2]).toEqual(freeGuide);
  expect(injected[0]).toMatchObject({ integrity: sha384(POPOVER_BUILD) });
  expect(stdout).not.toContain('<div');
  expect(stdout).toContain("attached to the page's own #hero-form");
  // Attach mode ships with the popover build, a modal config too.
  writeConfig('attach-modal.json', { ...freeGuide, display: { mode: 'modal' } });
  const modal = runSnippet((await run('snippet', 'attach-modal.json', '--attach', '#hero-form')).stdout);
  expect(modal.injected[0]).toMatchObject({ integrity: sha384(POPOVER_BUILD) });
});

test('--target and --attach together are a usage mistake', async () => {
  const { code, stdout, stderr } = await run('snippet', 'guide.json', '--target', '#a', '--attach', '#b');
  expect([code, stdout]).toEqual([2, '']);
  expect(stderr).toContain('--target and --attach are two ways to show the form; give one.');
});

test('a wrong config prints every problem and exits 1, printing no snippet', async () => {
  writeConfig('bad.json', { id: 'bad', steps: [{ id: 'start', type: 'cta', titel: 'Hi' }] });
  const { code, stdout, stderr } = await run('snippet', 'bad.json');
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toContain('yesladder: the config of form "bad" has');
  expect(stderr).toContain('steps[0].titel: unknown option');
});

test('a config that is not JSON, or a built file that is missing, exits 1 saying which file', async () => {
  writeFileSync(join(dir, 'broken.json'), '{ "id": ');
  const notJson = await run('snippet', 'broken.json');
  expect(notJson.code).toBe(1);
  expect(notJson.stderr).toContain('cannot read broken.json as JSON');

  const noBuild = await run('snippet', 'guide.json', '--file', 'missing.js');
  expect(noBuild.code).toBe(1);
  expect(noBuild.stderr).toContain(`cannot read the built script ${join(dir, 'missing.js')}`);
});

test('a usage mistake prints the usage and exits 2; --help prints it and exits 0', async () => {
  for (const argv of [
    [],
    ['publish', 'guide.json'],
    ['snippet'],
    ['snippet', 'a.json', 'b.json'],
    ['snippet', '--nope'],
  ]) {
    const { code, stdout, stderr } = await run(...argv);
    expect({ argv, code, stdout }).toEqual({ argv, code: 2, stdout: '' });
    expect(stderr).toContain('yesladder snippet <config.json>');
  }
  const help = await run('--help');
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('Usage: yesladder <command> [options]');
  expect(help.stdout).toContain('snippet');
  expect((await run('publish')).stderr).toContain('unknown command "publish"');
});

test.each(['examples/snippet.js', 'README.md'])(
  '%s shows the loader exactly as the CLI prints it',
  async (file) => {
    const { stdout } = await run('snippet', 'guide.json');
    const shown = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const script = inlineScript(stdout).split('\n');
    const loaderLine = script.find((line) => line.includes('window.yesladder ='));
    expect(loaderLine).toBeDefined();
    expect(shown).toContain(loaderLine?.trim());
    if (file === 'README.md') {
      // The README's loader is the CLI's, line for line, up to the mount call (its hash elided).
      const loader = script.slice(
        0,
        script.findIndex((l) => l.includes("yesladder('mount'")),
      );
      expect(loader.length).toBeGreaterThan(5);
      for (const line of loader.filter((l) => !l.includes('integrity'))) expect(shown).toContain(line);
    }
  },
);
