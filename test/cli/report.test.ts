import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { type CliIo, processIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';

// The CLI run in-process: the real file reading (streamed), a fake terminal.

let dir: string;
const fixture = new URL('../fixtures/report/ab-small.jsonl', import.meta.url);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yesladder-report-'));
  copyFileSync(fixture, join(dir, 'events.jsonl'));
  // 250,000 blank lines, quick to read: two progress lines and the last.
  writeFileSync(join(dir, 'long.jsonl'), '\n'.repeat(250_000));
});

const run = async (argv: string[], terminal: Partial<CliIo> = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...processIo(dir),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd: dir,
    errIsTTY: false,
    color: false,
    ...terminal,
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
};

test('prints the report of an events file and exits 0', async () => {
  const { code, stdout, stderr } = await run(['report', 'events.jsonl']);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  expect(stdout).toContain('control (baseline): 10 visitors, 4 submitted (40.0%), 5 leads (50.0%)');
  expect(stdout).toContain('  → not enough data yet: need about 380 more visitors per variant');
});

test('writes the HTML page with --html and says where', async () => {
  const { code, stderr } = await run(['report', 'events.jsonl', '--html', 'out.html']);
  expect({ code, stderr }).toEqual({ code: 0, stderr: 'yesladder report: wrote out.html\n' });
  const html = readFileSync(join(dir, 'out.html'), 'utf8');
  expect(html.match(/<svg /g)).toHaveLength(3);
  expect(html).not.toContain('<script');
});

test('prints the report as JSON with --json', async () => {
  const { code, stdout } = await run(['report', 'events.jsonl', '--json']);
  expect(code).toBe(0);
  const report = JSON.parse(stdout);
  expect(report.forms.map((f: { formId: string }) => f.formId)).toEqual(['free-guide', 'newsletter']);
  expect(report.input.malformed).toEqual({ count: 1, firstLines: [64] });
});

test('keeps to one form with --form, and exits 1 naming the forms when it has none of it', async () => {
  const only = await run(['report', 'events.jsonl', '--form', 'newsletter']);
  expect(only.code).toBe(0);
  expect(only.stdout).toContain('Form newsletter');
  expect(only.stdout).not.toContain('Form free-guide');
  const none = await run(['report', 'events.jsonl', '--form', 'pricing']);
  expect(none).toEqual({
    code: 1,
    stdout: '',
    stderr:
      'yesladder report: events.jsonl holds no events of form "pricing". Forms in it: free-guide, newsletter.\n',
  });
});

test('exits 1 with a clear message when the file cannot be read', async () => {
  const { code, stdout, stderr } = await run(['report', 'missing.jsonl']);
  expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
  expect(stderr).toMatch(/^yesladder report: cannot read missing\.jsonl: ENOENT: no such file or directory/);
  expect(stderr).toContain('Give the path of a JSON-lines file');
});

test('exits 1 when the HTML cannot be written', async () => {
  const { code, stderr } = await run(['report', 'events.jsonl', '--html', 'no/such/dir/out.html']);
  expect(code).toBe(1);
  expect(stderr).toMatch(/^yesladder report: cannot write no\/such\/dir\/out\.html: ENOENT/);
});

test.each([
  [['report'], 'expected one events file; received 0.'],
  [['report', 'a.jsonl', 'b.jsonl'], 'expected one events file; received 2.'],
  [
    ['report', 'events.jsonl', '--window', 'soon'],
    '--window takes a number of minutes above 0; received "soon".',
  ],
  [['report', 'events.jsonl', '--colour'], "Unknown option '--colour'"],
])('exits 2 on a usage error: %j', async (argv, message) => {
  const { code, stderr } = await run(argv);
  expect(code).toBe(2);
  expect(stderr).toContain(message);
  expect(stderr).toContain('yesladder report <events.jsonl>');
});

test('prints progress every 100,000 lines with --progress, none by default off a terminal', async () => {
  expect((await run(['report', 'long.jsonl'])).stderr).toBe('');
  const { stderr } = await run(['report', 'long.jsonl', '--progress']);
  expect(stderr).toBe(
    'yesladder report: 100,000 lines read, 0 sessions open\n' +
      'yesladder report: 200,000 lines read, 0 sessions open\n' +
      'yesladder report: 250,000 lines read, 0 sessions open\n',
  );
});

test('rewrites one progress line on a terminal and clears it at the end', async () => {
  const { stderr } = await run(['report', 'long.jsonl'], { errIsTTY: true });
  expect(stderr.split('\r').filter(Boolean)).toEqual([
    'yesladder report: 100,000 lines read, 0 sessions open…\u001b[K',
    'yesladder report: 200,000 lines read, 0 sessions open…\u001b[K',
    'yesladder report: 250,000 lines read, 0 sessions open…\u001b[K',
    '\u001b[K',
  ]);
});

test('colours on a colour terminal, not with --no-color', async () => {
  expect((await run(['report', 'events.jsonl'], { color: true })).stdout).toContain('\u001b[1m');
  expect((await run(['report', 'events.jsonl', '--no-color'], { color: true })).stdout).not.toContain(
    '\u001b[',
  );
});

test('is listed in yesladder --help', async () => {
  const { stdout } = await run(['--help']);
  expect(stdout).toContain('  report    the funnel report of an event stream');
  expect(stdout).toContain('yesladder report <events.jsonl> [--html out.html]');
});
