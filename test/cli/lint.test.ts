import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { type CliIo, processIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';
import { lintForm } from '../../src/lint/lint-form';
import { everyField } from '../fixtures/every-field';
import { freeGuide } from '../fixtures/free-guide';
import { badConfigs } from '../fixtures/lint/bad-configs';
import { goodLadder } from '../fixtures/lint/good-ladder';

// `yesladder lint` run in-process with a fake terminal and real files in a temporary folder.

let dir: string;
const ESC = '\u001b[';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yesladder-lint-'));
  for (const [name, config] of Object.entries({ good: goodLadder, guide: freeGuide, every: everyField }))
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(config));
  for (const bad of badConfigs) writeFileSync(join(dir, `${bad.rule}.json`), JSON.stringify(bad.config));
});
afterEach(() => vi.unstubAllEnvs());

const run = async (argv: string[], color = false) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile,
    cwd: dir,
    distDir: dir,
    color,
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
};

test('a clean ladder prints "no findings" and exits 0', async () => {
  expect(await run(['lint', 'good.json'])).toEqual({
    code: 0,
    stdout: 'form "good-ladder" in good.json\n\nno findings\n',
    stderr: '',
  });
});

test('warnings alone exit 0; the free guide prints its one warning, its fix and the summary', async () => {
  const { code, stdout } = await run(['lint', 'guide.json']);
  expect(code).toBe(0);
  expect(stdout).toBe(
    [
      'form "free-guide" in guide.json',
      '',
      'steps[1] "email"',
      '  warning  consent-missing',
      '           An email is sent by step "email" (the lead) with no consent field asked on or before it.',
      '           fix: Add { "name": "consent", "type": "consent", "label": "I agree to the privacy policy", "required": true } to that step, or confirm you need none where you operate.',
      '',
      '1 warning',
      '',
    ].join('\n'),
  );
});

test('an error exits 1; findings are grouped by step, a field finding showing its path', async () => {
  const { code, stdout } = await run(['lint', 'every.json']);
  expect(code).toBe(1);
  const lines = stdout.split('\n');
  expect(lines.filter((line) => /^\S/.test(line))).toEqual([
    'form "every-field" in every.json',
    'steps[0] "all"',
    'steps[1] "done"',
    '1 error, 3 warnings, 1 info',
  ]);
  expect(lines.filter((line) => /^ {2}\S/.test(line))).toEqual([
    '  error    first-ask-too-big',
    '  warning  sensitive-before-value  steps[0].fields[2]',
    '  warning  sensitive-before-value  steps[0].fields[5]',
    '  warning  too-many-fields',
    '  info     thanks-without-next-ask',
  ]);
});

test.each(badConfigs.map((bad) => [bad.rule, bad]))(
  '%s: the exit code follows its severity',
  async (_, bad) => {
    const [finding] = lintForm(bad.config);
    const { code, stdout } = await run(['lint', `${bad.rule}.json`]);
    expect(stdout).toContain(bad.rule);
    expect(code).toBe(finding?.severity === 'error' ? 1 : 0);
  },
);

test('--json prints exactly the findings lintForm returns, and keeps the exit code', async () => {
  const { code, stdout } = await run(['lint', 'every.json', '--json'], true);
  expect(code).toBe(1);
  expect(JSON.parse(stdout)).toEqual(lintForm(everyField));
  expect(stdout).not.toContain(ESC);
  expect(JSON.parse((await run(['lint', 'good.json', '--json'])).stdout)).toEqual([]);
});

test('colours: red errors, yellow warnings, blue info, only when the terminal takes them', async () => {
  const coloured = await run(['lint', 'every.json'], true);
  expect(coloured.stdout).toContain(`${ESC}31merror  ${ESC}0m`);
  expect(coloured.stdout).toContain(`${ESC}33mwarning${ESC}0m`);
  expect(coloured.stdout).toContain(`${ESC}34minfo   ${ESC}0m`);
  expect(coloured.stdout).toContain(`${ESC}31m1 error, 3 warnings, 1 info${ESC}0m`);
  expect((await run(['lint', 'every.json'], false)).stdout).not.toContain(ESC);
  expect((await run(['lint', 'every.json', '--no-color'], true)).stdout).not.toContain(ESC);
});

test('the terminal takes colours on a TTY or with FORCE_COLOR, never with NO_COLOR', () => {
  vi.stubEnv('NO_COLOR', '');
  vi.stubEnv('FORCE_COLOR', '1');
  expect(processIo(dir).color).toBe(true);
  vi.stubEnv('NO_COLOR', '1');
  expect(processIo(dir).color).toBe(false);
  vi.stubEnv('NO_COLOR', '');
  vi.stubEnv('FORCE_COLOR', '0');
  expect(processIo(dir).color).toBe(process.stdout.isTTY === true);
});

test('--max-fields and --ignore reach the linter', async () => {
  expect((await run(['lint', 'good.json', '--max-fields', '2'])).stdout).toContain('too-many-fields');
  const ignored = await run(['lint', 'every.json', '--ignore', 'first-ask-too-big, too-many-fields']);
  expect(ignored.code).toBe(0);
  expect(ignored.stdout).toContain('\n2 warnings, 1 info\n');
  expect(ignored.stdout).not.toContain('first-ask-too-big');
});

test('an invalid config prints every problem and exits 1, printing no findings', async () => {
  writeFileSync(
    join(dir, 'bad.json'),
    JSON.stringify({ id: 'bad', steps: [{ id: 'start', type: 'cta', titel: 'Hi' }] }),
  );
  const { code, stdout, stderr } = await run(['lint', 'bad.json']);
  expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
  expect(stderr).toContain('yesladder: the config of form "bad" has');
  expect(stderr).toContain('steps[0].titel: unknown option');
});

test('a file that is not JSON, or missing, exits 1 naming it', async () => {
  writeFileSync(join(dir, 'broken.json'), '{ "id": ');
  const broken = await run(['lint', 'broken.json']);
  expect(broken.code).toBe(1);
  expect(broken.stderr).toContain('yesladder lint: cannot read broken.json as JSON');
  const missing = await run(['lint', 'missing.json']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('yesladder lint: cannot read missing.json as JSON');
});

test('a usage mistake prints the usage and exits 2; --help prints it and exits 0', async () => {
  for (const argv of [
    ['lint'],
    ['lint', 'a.json', 'b.json'],
    ['lint', '--nope'],
    ['lint', 'good.json', '--max-fields', 'x'],
  ]) {
    const { code, stdout, stderr } = await run(argv);
    expect({ argv, code, stdout }).toEqual({ argv, code: 2, stdout: '' });
    expect(stderr).toContain('yesladder lint <config.json>');
  }
  expect((await run(['lint', 'good.json', '--max-fields', '0'])).stderr).toContain(
    '--max-fields takes a whole number above 0; received "0"',
  );
  const help = await run(['lint', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('yesladder lint <config.json>');
  expect((await run(['--help'])).stdout).toMatch(/^ {2}lint {6}list where a config asks too much too soon/m);
});
