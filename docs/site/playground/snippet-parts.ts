import { type SnippetParts, snippetFile } from '../../../src/cli/render-snippet';
import type { Form } from '../../../src/schema/model';
import type { PlaygroundData } from './playground-data';

/**
 * What `yesladder snippet` would print for `config` (as written) with the CLI's defaults, the
 * script served by the CDN the page names. An `Error` when the page carries no hash for the file.
 */
export const snippetParts = (config: unknown, form: Form, data: PlaygroundData): SnippetParts | Error => {
  const file = snippetFile(form);
  const integrity = data.integrity[file];
  if (!integrity) return new Error(`the page carries no integrity hash for ${file}`);
  return {
    src: data.cdn + file,
    integrity,
    target: `#yesladder-${form.id}`,
    config,
    formId: form.id,
    version: data.version,
  };
};

/**
 * The CSP source that allows one inline script by its exact text, `'sha256-<base64>'`, from
 * WebCrypto: the same value as the CLI's `inlineScriptHash` (Node's crypto).
 */
export const inlineScriptHashInBrowser = async (text: string, subtle: SubtleCrypto): Promise<string> => {
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
};
