import { resolve } from 'node:path';
import type { FormConfig } from '../schema/config';
import type { Form } from '../schema/model';
import { parseForm } from '../schema/parse-form';
import type { CliIo } from './cli-io';

/**
 * Reads a config file as JSON and checks it: the config and its form, or the exit code 1
 * after saying on stderr what is wrong (not JSON, or every problem `parseForm` found).
 */
export const readConfig = async (
  command: string,
  path: string,
  io: CliIo,
): Promise<{ readonly config: FormConfig; readonly form: Form } | number> => {
  let config: unknown;
  try {
    config = JSON.parse(await io.readFile(resolve(io.cwd, path), 'utf8'));
  } catch (error) {
    io.err(`yesladder ${command}: cannot read ${path} as JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const result = parseForm(config);
  if (!result.ok) {
    io.err(`${result.error.message}\n`);
    return 1;
  }
  return { config: config as FormConfig, form: result.form };
};
