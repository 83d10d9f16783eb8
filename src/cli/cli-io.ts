import { open, readFile, writeFile } from 'node:fs/promises';

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
  /** Streams a text file line by line; a missing file rejects on the first read. (`report`) */
  readLines?(path: string): AsyncIterable<string>;
  writeFile?: typeof writeFile;
  /** stderr is a terminal: progress lines go there only then. (`report`) */
  readonly errIsTTY?: boolean;
  /** ANSI colours are welcome: stdout is a terminal or FORCE_COLOR is set, and NO_COLOR is not. */
  readonly color?: boolean;
}

/** The lines of a file, read as a stream: memory stays flat however long the file is. */
async function* readLines(path: string): AsyncIterable<string> {
  const file = await open(path);
  try {
    yield* file.readLines();
  } finally {
    await file.close().catch(() => undefined);
  }
}

// no-color.org: any non-empty NO_COLOR; FORCE_COLOR as Node and chalk read it ('0'/'false' is off).
const noColor = (): boolean => (process.env.NO_COLOR ?? '') !== '';
const forceColor = (): boolean => !['', '0', 'false'].includes(process.env.FORCE_COLOR ?? '');

/** The real process: stdout, stderr, the disk, `process.cwd()`. */
export const processIo = (distDir: string): CliIo => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile,
  cwd: process.cwd(),
  distDir,
  readLines,
  writeFile,
  errIsTTY: process.stderr.isTTY === true,
  color: !noColor() && (process.stdout.isTTY === true || forceColor()),
});
