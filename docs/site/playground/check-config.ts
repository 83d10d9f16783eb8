import type { FormConfig } from '../../../src/schema/config';
import type { Form } from '../../../src/schema/model';
import { parseForm } from '../../../src/schema/parse-form';
import { locator } from './json-locate';
import { scanJson } from './json-tree';
import { lineColumn } from './line-column';

/** One thing wrong with the text, where the editor shows it. `path` is the config path, for a config issue. */
export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly path?: string;
}

/** What the editor's text is: not JSON, JSON that `parseForm` refuses, or a config a form can be mounted from. */
export type ConfigCheck =
  | { readonly kind: 'syntax'; readonly problems: readonly [Problem] }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'valid';
      readonly problems: readonly [];
      readonly config: FormConfig;
      readonly form: Form;
    };

/**
 * Checks the editor's text as the CLI checks a file: JSON first (a mistake said with its line
 * and column), then `parseForm`, each issue placed at its path in the text, in text order.
 */
export const checkConfig = (text: string): ConfigCheck => {
  const scan = scanJson(text);
  if (!scan.ok)
    return { kind: 'syntax', problems: [{ ...lineColumn(text, scan.at), message: scan.message }] };
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    // Our scanner and the browser's parser read the same grammar; this is for a browser that disagrees.
    return { kind: 'syntax', problems: [{ line: 1, column: 1, message: (error as Error).message }] };
  }
  const parsed = parseForm(config);
  if (parsed.ok) return { kind: 'valid', problems: [], config: config as FormConfig, form: parsed.form };
  const where = locator(text);
  const problems = parsed.error.issues
    .map(({ path, message }) => ({ ...(where?.(path) ?? { line: 1, column: 1 }), message, path }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return { kind: 'invalid', problems };
};
