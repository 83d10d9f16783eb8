import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processIo } from './cli-io';
import { runCli } from './run-cli';

// The `yesladder` bin (dist/cli.js): the built scripts sit next to it, in dist/.
process.exitCode = await runCli(process.argv.slice(2), processIo(dirname(fileURLToPath(import.meta.url))));
