import { Marked, type Token, type Tokens } from 'marked';

/** Text made safe inside HTML text and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A heading's anchor as GitHub makes it, so the README's own `#links` work on the site too:
 * the plain text in lower case, punctuation dropped (letters, digits, `_`, `-` and spaces
 * kept), each space a `-`. `taken` counts each slug made so far: a repeat gets `-1`, `-2`…
 */
export const slugOf = (text: string, taken: Map<string, number>): string => {
  const base = text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
  const seen = taken.get(base);
  taken.set(base, (seen ?? -1) + 1);
  return seen === undefined ? base : `${base}-${seen + 1}`;
};

/** A heading's text without its Markdown: code spans, emphasis and links as their words. */
export const plainText = (tokens: readonly Token[]): string =>
  tokens
    .map((token) => {
      if ('tokens' in token && token.tokens) return plainText(token.tokens);
      if (token.type === 'codespan' || token.type === 'text' || token.type === 'escape') return token.text;
      return 'text' in token ? String(token.text) : '';
    })
    .join('');

/** One `##` section of the README: its title, anchor and Markdown (its heading included). */
export interface Section {
  readonly title: string;
  readonly slug: string;
  readonly markdown: string;
}

/** The README cut at its `##` headings: the text before the first one, and each section. */
export const sectionsOf = (readme: string): { intro: string; sections: Section[] } => {
  const taken = new Map<string, number>();
  const tokens = new Marked().lexer(readme);
  let intro = '';
  const sections: { title: string; slug: string; markdown: string }[] = [];
  for (const token of tokens) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const slug = slugOf(plainText(heading.tokens), taken);
      if (heading.depth === 2) {
        sections.push({ title: heading.text, slug, markdown: '' });
      }
    }
    const current = sections.at(-1);
    if (current) current.markdown += token.raw;
    else intro += token.raw;
  }
  return { intro, sections };
};

/** Where a README link goes on the site; `undefined` drops the link and keeps its words. */
export type RewriteLink = (href: string) => string | undefined;

/**
 * Markdown to HTML for the site: headings get the README's anchors (numbered across the
 * whole README through `taken`, so a page made of a few sections keeps them), links and
 * images go through `rewrite`, and raw HTML in the Markdown is shown as text, never run.
 * `shift` moves headings down (a README `##` becomes the page's `<h1>` with -1).
 */
export const renderMarkdown = (
  markdown: string,
  options: { taken: Map<string, number>; rewrite: RewriteLink; shift?: number },
): string => {
  const shift = options.shift ?? 0;
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === 'link' || token.type === 'image') {
        const link = token as Tokens.Link | Tokens.Image;
        const to = options.rewrite(link.href);
        if (to === undefined) link.href = '';
        else link.href = to;
      }
    },
    renderer: {
      heading(token) {
        const depth = Math.min(6, Math.max(1, token.depth + shift));
        const id = slugOf(plainText(token.tokens), options.taken);
        return `<h${depth} id="${id}">${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
      },
      link(token) {
        const inner = this.parser.parseInline(token.tokens);
        if (!token.href) return inner;
        const external = /^https?:/.test(token.href);
        return `<a href="${escapeHtml(token.href)}"${external ? ' rel="noopener"' : ''}>${inner}</a>`;
      },
      html(token) {
        return escapeHtml(token.text);
      },
    },
  });
  return marked.parse(markdown, { async: false });
};
