import type { ComponentChildren } from 'preact';
import { isSafeHref } from '../schema/safe-href';

/**
 * `**bold**`, `_italic_` (not inside a word, so snake_case stays as typed) and `[text](url)`.
 * Groups: 1 bold, 2 the character before `_`, 3 italic, 4 link text, 5 link URL.
 */
const MARK = /\*\*(.+?)\*\*|(^|\W)_(.+?)_(?!\w)|\[([^\]]+)\]\(([^\s)]+)\)/gs;

/**
 * Config text as Preact children: text nodes, `<strong>`, `<em>` and links, never HTML.
 * A link whose URL is not http(s), mailto or tel stays as the text that was written.
 * Links open in a new tab, so the form keeps the person's place.
 */
export const richText = (text: string): ComponentChildren[] => {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    const [all, bold, before = '', italic, label, url = ''] = m;
    out.push(text.slice(last, m.index) + before);
    last = (m.index ?? 0) + all.length;
    if (bold !== undefined) out.push(<strong>{richText(bold)}</strong>);
    else if (italic !== undefined) out.push(<em>{richText(italic)}</em>);
    else if (isSafeHref(url))
      out.push(
        <a href={url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>,
      );
    else out.push(all);
  }
  out.push(text.slice(last));
  return out;
};

/** Config text that may carry the small markup subset (`body`, `hint`, a consent label). */
export const RichText = ({ text }: { text: string }) => <>{richText(text)}</>;
