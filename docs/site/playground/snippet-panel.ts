import { renderSnippet, snippetScript } from '../../../src/cli/render-snippet';
import type { Form } from '../../../src/schema/model';
import { copyText } from './copy-text';
import type { PlaygroundData } from './playground-data';
import { inlineScriptHashInBrowser, snippetParts } from './snippet-parts';

export interface SnippetPanelParts {
  /** The read-only textarea the snippet is shown in. */
  readonly text: HTMLTextAreaElement;
  readonly copy: HTMLButtonElement;
  /** Polite: "Snippet copied", or how to copy it by hand. */
  readonly status: HTMLElement;
}

export interface SnippetPanel {
  /** Shows the snippet of a valid config (as written); settles once it is shown. */
  show(config: unknown, form: Form): Promise<void>;
  /** The config has problems: no snippet, and nothing to copy. */
  invalid(): void;
  destroy(): void;
}

/**
 * The "Copy snippet" panel: the very snippet `yesladder snippet` prints for the config, its CSP
 * hash taken with WebCrypto, copied with the Clipboard API. Disabled while there is none.
 */
export const createSnippetPanel = (
  { text, copy, status }: SnippetPanelParts,
  data: PlaygroundData,
): SnippetPanel => {
  const subtle = text.ownerDocument.defaultView?.crypto?.subtle ?? globalThis.crypto?.subtle;
  // A newer config may be typed while a hash is taken: only the latest is shown.
  let latest = 0;
  const empty = (why: string) => {
    text.value = '';
    text.placeholder = why;
    copy.disabled = true;
  };
  const onCopy = () => copyText(text, status, 'Snippet copied');
  copy.addEventListener('click', onCopy);

  return {
    async show(config, form) {
      const mine = ++latest;
      const parts = snippetParts(config, form, data);
      if (parts instanceof Error) return empty(`No snippet: ${parts.message}.`);
      if (!subtle) return empty('No snippet: this page needs HTTPS (or localhost) to hash it.');
      let hash: string;
      try {
        hash = await inlineScriptHashInBrowser(snippetScript(parts), subtle);
      } catch (error) {
        if (mine === latest) empty(`No snippet: its hash could not be taken (${(error as Error).message}).`);
        return;
      }
      if (mine !== latest) return;
      text.value = renderSnippet(parts, hash);
      copy.disabled = false;
    },
    invalid() {
      latest++;
      empty('Fix the config’s problems to get its snippet.');
    },
    destroy() {
      latest++;
      copy.removeEventListener('click', onCopy);
    },
  };
};
