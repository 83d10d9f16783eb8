import { createHash } from 'node:crypto';

/** The Subresource Integrity value of a file's bytes: `sha384-<base64>`, as `integrity="…"` wants it. */
export const subresourceIntegrity = (bytes: Uint8Array): string =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The CSP source that allows one inline script by its exact text: `'sha256-<base64>'`. */
export const inlineScriptHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
