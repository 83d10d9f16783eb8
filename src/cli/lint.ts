import { parseArgs } from 'node:util';
import { formatFindings } from '../lint/format-findings';
import { lintChecked } from '../lint/lint-form';
import type { CliIo } from './cli-io';
import { readArgs } from './read-args';
import { readConfig } from './read-config';

export const lintUsage = `yesladder lint <config.json> [--json] [--no-color] [--max-fields N] [--ignore rule,rule]

  Lists where the form in <config.json> asks too much too soon: each finding with its
  severity, rule, place and fix. Exits 1 when there is an error (or the config is invalid).
  --json        print the findings as a JSON array instead
  --no-color    no ANSI colours (they are on only in a terminal or with FORCE_COLOR, never with NO_COLOR)
  --max-fields  questions allowed on one step before too-many-fields (default: 4)
  --ignore      rule ids to skip, comma-separated (e.g. first-ask-too-big for an A/B control)`;

const parseLintArgs = (args: readonly string[]) =>
  parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      'max-fields': { type: 'string' },
      ignore: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

/** `yesladder lint …`: 0 with no error found, 1 with one (or a bad config), 2 for a usage error. */
export const lintCommand = async (args: readonly string[], io: CliIo): Promise<number> => {
  const parsed = readArgs('lint', lintUsage, io, () => parseLintArgs(args));
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [configPath, ...extra] = positionals;
  const maxFields = values['max-fields'] === undefined ? undefined : Number(values['max-fields']);
  const problem =
    !configPath || extra.length > 0
      ? 'expected one config file'
      : maxFields !== undefined && !(Number.isInteger(maxFields) && maxFields > 0)
        ? `--max-fields takes a whole number above 0; received "${values['max-fields']}"`
        : undefined;
  if (problem || !configPath) {
    io.err(`yesladder lint: ${problem}.\n\n${lintUsage}\n`);
    return 2;
  }

  const read = await readConfig('lint', configPath, io);
  if (typeof read === 'number') return read;
  const findings = lintChecked(read.config, read.form, {
    maxFieldsPerStep: maxFields,
    ignore: values.ignore?.split(',').map((id) => id.trim()),
  });
  if (values.json) io.out(`${JSON.stringify(findings, null, 2)}\n`);
  else {
    const color = !values['no-color'] && io.color === true;
    const title = `form "${read.form.id}" in ${configPath}`;
    io.out(
      `${color ? `\u001b[1m${title}\u001b[0m` : title}\n\n${formatFindings(findings, { color, form: read.form })}\n`,
    );
  }
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
};
