import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatCount } from '../report/format-number';
import { formatReport } from '../report/format-report';
import { renderReportHtml } from '../report/render-report-html';
import { type ReportProgress, reportFromLines } from '../report/report-from-lines';
import type { Report } from '../report/types';
import type { CliIo } from './cli-io';
import { readArgs } from './read-args';

export const reportUsage = `yesladder report <events.jsonl> [--html out.html] [--form id] [--json] [--no-color] [--progress] [--window minutes]

  Reads an event stream, one JSON event per line (what beaconSink posts, or an export), and
  prints per form, per variant, per step: views, completions, conversion, drop-off and time on
  step, then each variant against the baseline with a 95% CI, a p-value and a verdict.
  --html        also write the report as one self-contained HTML page (SVG funnels, no scripts)
  --form        only this form id (default: every form in the file)
  --json        print the report as JSON instead of text
  --no-color    no ANSI colours (also: NO_COLOR=1; default: colours on a terminal)
  --progress    print progress to stderr every 100,000 lines (default: only when stderr is a terminal)
  --window      minutes without an event that end a session (default: 30)`;

const PROGRESS_EVERY = 100_000;

/** Line by line through the seam, or the whole file split when a fake CliIo has no stream. */
const linesOf = (io: CliIo, path: string): AsyncIterable<string> =>
  io.readLines?.(path) ??
  (async function* () {
    yield* (await io.readFile(path, 'utf8')).split('\n');
  })();

const parseReportArgs = (args: readonly string[]) =>
  parseArgs({
    args: [...args],
    allowPositionals: true,
    allowNegative: true,
    options: {
      html: { type: 'string' },
      form: { type: 'string' },
      json: { type: 'boolean' },
      color: { type: 'boolean' },
      progress: { type: 'boolean' },
      window: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

/** Progress on stderr: rewritten in place on a terminal, one line each otherwise (--progress in CI). */
const printProgress = (io: CliIo, progress: ReportProgress): void => {
  const text = `yesladder report: ${formatCount(progress.lines)} lines read, ${formatCount(progress.openSessions)} sessions open`;
  io.err(io.errIsTTY ? `\r${text}…\u001b[K` : `${text}\n`);
};

/**
 * `yesladder report …`: 0 when the report is printed (and written), 1 when the file cannot be
 * read or written or holds no event of `--form`, 2 for a usage error.
 */
export const reportCommand = async (args: readonly string[], io: CliIo): Promise<number> => {
  const parsed = readArgs('report', reportUsage, io, () => parseReportArgs(args));
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [eventsPath, ...extra] = positionals;
  const minutes = values.window === undefined ? 30 : Number(values.window);
  if (!eventsPath || extra.length > 0 || !(minutes > 0)) {
    const problem = !(minutes > 0)
      ? `--window takes a number of minutes above 0; received "${values.window}".`
      : `expected one events file; received ${positionals.length}.`;
    io.err(`yesladder report: ${problem}\n\n${reportUsage}\n`);
    return 2;
  }

  const show = values.progress === true || (values.progress !== false && io.errIsTTY === true);
  let report: Report;
  try {
    report = await reportFromLines(linesOf(io, resolve(io.cwd, eventsPath)), {
      form: values.form,
      sessionWindowMs: minutes * 60_000,
      progressEvery: PROGRESS_EVERY,
      onProgress: show ? (progress) => printProgress(io, progress) : undefined,
    });
  } catch (error) {
    io.err(
      `yesladder report: cannot read ${eventsPath}: ${(error as Error).message}. Give the path of a JSON-lines file, one event per line (what your beaconSink endpoint stores).\n`,
    );
    return 1;
  }
  if (show && io.errIsTTY) io.err('\r\u001b[K');

  if (values.form !== undefined && report.forms.length === 0) {
    const seen = report.input.otherForms.formIds;
    io.err(
      `yesladder report: ${eventsPath} holds no events of form "${values.form}". ${
        seen.length > 0 ? `Forms in it: ${seen.join(', ')}.` : 'It holds no form events at all.'
      }\n`,
    );
    return 1;
  }

  io.out(
    values.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatReport(report, { color: values.color ?? io.color ?? false }),
  );
  if (values.html !== undefined) {
    const target = resolve(io.cwd, values.html);
    try {
      await (io.writeFile ?? writeFile)(target, renderReportHtml(report), 'utf8');
    } catch (error) {
      io.err(`yesladder report: cannot write ${values.html}: ${(error as Error).message}\n`);
      return 1;
    }
    io.err(`yesladder report: wrote ${values.html}\n`);
  }
  return 0;
};
