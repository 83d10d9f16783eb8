import { readFile } from 'node:fs/promises';

/** What a command needs from the world, so tests pass fakes instead of spawning a process. */
export interface CliIo {
  /** Writes to stdout. */
  out(text: string): void;
  /** Writes to stderr. */
  err(text: string): void;
  readFile: typeof readFile;
  /** Where relative paths start. */
  readonly cwd: string;
  /** The folder of the package's built files (the CLI's own folder). */
  readonly distDir: string;
}

/** The real process: stdout, stderr, the disk, `process.cwd()`. */
export const processIo = (distDir: string): CliIo => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile,
  cwd: process.cwd(),
  distDir,
});
