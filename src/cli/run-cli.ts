import { version } from '../version';
import type { CliIo } from './cli-io';
import { lintCommand, lintUsage } from './lint';
import { reportCommand, reportUsage } from './report';
import { snippetCommand, snippetUsage } from './snippet';

interface CliCommand {
  /** One line of `yesladder --help`. */
  readonly summary: string;
  readonly usage: string;
  /** Resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

const commands: Record<string, CliCommand> = {
  lint: {
    summary: 'list where a config asks too much too soon, with a fix for each (exit 1 on an error)',
    usage: lintUsage,
    run: lintCommand,
  },
  snippet: {
    summary: 'print the async snippet for a config, with the script pinned by its SRI hash',
    usage: snippetUsage,
    run: snippetCommand,
  },
  report: {
    summary: 'the funnel report of an event stream: per-step table, A/B verdict, --html page',
    usage: reportUsage,
    run: reportCommand,
  },
};

const usage = (): string =>
  [
    `yesladder ${version}`,
    '',
    'Usage: yesladder <command> [options]',
    '',
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`),
    '',
    ...Object.values(commands).map((command) => command.usage),
    '',
  ].join('\n');

/**
 * Runs `yesladder <command> …` and resolves to the exit code: `--help` prints the usage (0);
 * no command or an unknown one prints it to stderr (2).
 */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return 0;
  }
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    io.err(
      `${name === undefined ? 'yesladder: no command given.' : `yesladder: unknown command "${name}".`}\n\n${usage()}`,
    );
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.err(`yesladder ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
};
