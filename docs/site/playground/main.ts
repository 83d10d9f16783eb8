import { lintForm } from '../../../src/lint/lint-form';
import { byId } from './dom';
import { createEditor } from './editor';
import { createEventLog } from './event-log';
import { locator } from './json-locate';
import { configFromUrl } from './link';
import { renderLint } from './lint-panel';
import { readPlaygroundData } from './playground-data';
import { createPreview } from './preview';
import { createSnippetPanel } from './snippet-panel';
import { createThemePanel } from './theme-panel';

export interface Playground {
  /** Unmounts the preview and stops every listener and timer (tests). */
  destroy(): void;
}

const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The editor's first text: a config the URL carries (`#config=` or `?config=`), else the page's. */
const firstText = (url: string, fallback: unknown): { text: string; note: string } => {
  const linked = configFromUrl(url);
  if (linked === undefined) return { text: pretty(fallback), note: '' };
  if (linked instanceof Error)
    return {
      text: pretty(fallback),
      note: `The link’s config could not be read (${linked.message}): showing the example.`,
    };
  try {
    return { text: pretty(JSON.parse(linked)), note: 'Showing the config from the link.' };
  } catch {
    // Not JSON: shown as it is, with its syntax error, so nothing the link carried is lost.
    return { text: linked, note: 'Showing the config from the link.' };
  }
};

/**
 * Wires the playground in `doc` (its body being `playgroundBody()` and its `#playground-data`
 * script): the editor checks the config; a valid one is previewed, linted and turned into its
 * snippet; the theme panel styles the preview.
 */
export const startPlayground = (doc: Document = document): Playground => {
  const data = readPlaygroundData(doc);
  const textarea = byId(doc, 'config', HTMLTextAreaElement);
  const button = (id: string) => byId(doc, id, HTMLButtonElement);
  const node = (id: string) => byId(doc, id, HTMLElement);
  const container = node('preview');
  const log = createEventLog(node('events'), button('clear-events'));
  const preview = createPreview(
    {
      container,
      openButton: button('open-form'),
      status: node('preview-status'),
      armRow: node('arm-row'),
      arm: byId(doc, 'arm', HTMLSelectElement),
    },
    log,
  );
  const snippet = createSnippetPanel(
    {
      text: byId(doc, 'snippet', HTMLTextAreaElement),
      copy: button('copy-snippet'),
      status: node('snippet-status'),
    },
    data,
  );
  const theme = createThemePanel(doc, {
    target: container,
    css: byId(doc, 'theme-css', HTMLTextAreaElement),
    copy: button('copy-theme'),
    status: node('theme-status'),
    reset: button('theme-reset'),
    contrast: node('theme-contrast'),
  });
  const lint = { list: node('lint'), summary: node('lint-summary') };

  const editor = createEditor({ textarea, gutter: node('gutter'), issues: node('issues') }, (check, text) => {
    if (check.kind !== 'valid') {
      preview.stale();
      snippet.invalid();
      renderLint(lint, 'The linter reads a valid config: fix its problems first.');
      return;
    }
    const { config, form } = check;
    preview.show(config, form, doc.activeElement === textarea);
    const where = locator(text);
    renderLint(lint, lintForm(config), (path) => where?.(path), editor.goTo);
    void snippet.show(config, form);
    theme.formId(form.id);
  });

  const first = firstText(doc.defaultView?.location.href ?? '', data.config);
  node('config-note').textContent = first.note;
  editor.load(first.text);

  return {
    destroy() {
      editor.destroy();
      preview.destroy();
      snippet.destroy();
      theme.destroy();
      log.destroy();
    },
  };
};

if (typeof document !== 'undefined' && document.getElementById('playground-data')) startPlayground();
