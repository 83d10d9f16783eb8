import type { CliIo } from './cli-io';

/**
 * A command's arguments, parsed by `parse` (node:util's parseArgs): a usage mistake prints
 * what is wrong and the usage to stderr and gives exit code 2; `--help` prints the usage and
 * gives 0; otherwise the parsed arguments.
 */
export const readArgs = <T extends { readonly values: { readonly help?: boolean } }>(
  command: string,
  usage: string,
  io: CliIo,
  parse: () => T,
): T | number => {
  let parsed: T;
  try {
    parsed = parse();
  } catch (error) {
    io.err(`yesladder ${command}: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  return parsed;
};
