import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../version';
import type { CliIo } from './cli-io';
import { inlineScriptHash, subresourceIntegrity } from './integrity';
import { readArgs } from './read-args';
import { readConfig } from './read-config';
import { renderSnippet, snippetFile, snippetScript } from './render-snippet';

export const snippetUsage = `yesladder snippet <config.json> [--src URL] [--file path/to/yesladder.js] [--target selector | --attach selector]

  Prints the async snippet that shows the form in <config.json>: paste it into the page.
  --src     where browsers fetch the script
            (default: https://cdn.jsdelivr.net/npm/yesladder@${version}/dist/<file>)
  --file    the built script to hash for Subresource Integrity; --src must serve these exact bytes
            (default: this package's dist/yesladder.js, which loads yesladder.runtime.js from beside it,
            or yesladder.popover.global.js for a popover)
  --target  the selector the form mounts into (default: #yesladder-<form id>, printed as a <div>)
  --attach  the selector of the page's own <form> (or button) whose fields and submit are the
            first step: the rest of the ladder opens beside it (yesladder.popover.global.js)`;

/** `yesladder snippet …`: 0 when printed, 1 when the config or the file is wrong, 2 for a usage error. */
export const snippetCommand = async (args: readonly string[], io: CliIo): Promise<number> => {
  const parsed = readArgs('snippet', snippetUsage, io, () => parseSnippetArgs(args));
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [configPath, ...extra] = positionals;
  if (!configPath || extra.length > 0) {
    io.err(`yesladder snippet: expected one config file.\n\n${snippetUsage}\n`);
    return 2;
  }

  const read = await readConfig('snippet', configPath, io);
  if (typeof read === 'number') return read;
  const { form, config } = read;

  if (values.attach !== undefined && values.target !== undefined) {
    io.err(
      `yesladder snippet: --target and --attach are two ways to show the form; give one.\n\n${snippetUsage}\n`,
    );
    return 2;
  }
  const attach = values.attach !== undefined;
  const fileName = snippetFile(form, attach);
  const file = values.file ? resolve(io.cwd, values.file) : join(io.distDir, fileName);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    io.err(
      `yesladder snippet: cannot read the built script ${file} (${(error as Error).message}). Point --file at yesladder's dist/${fileName}.\n`,
    );
    return 1;
  }

  const parts = {
    src: values.src ?? `https://cdn.jsdelivr.net/npm/yesladder@${version}/dist/${basename(file)}`,
    integrity: subresourceIntegrity(bytes),
    target: values.attach ?? values.target ?? `#yesladder-${form.id}`,
    attach,
    config,
    formId: form.id,
    version,
  };
  io.out(renderSnippet(parts, inlineScriptHash(snippetScript(parts))));
  return 0;
};

const parseSnippetArgs = (args: readonly string[]) =>
  parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      src: { type: 'string' },
      file: { type: 'string' },
      target: { type: 'string' },
      attach: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
