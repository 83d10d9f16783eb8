import { element } from './dom';

export interface Gutter {
  /** Shows the numbers of a text with this many lines. */
  count(lines: number): void;
  /** Marks these line numbers as having a problem, with a "!" beside the number, not only a colour. */
  mark(lines: ReadonlySet<number>): void;
  destroy(): void;
}

/**
 * The line numbers beside the editor's textarea (which does not wrap, so a number is a line),
 * scrolled with it. Hidden from assistive technology: the problem list says the same in words.
 */
export const createGutter = (gutter: HTMLElement, textarea: HTMLTextAreaElement): Gutter => {
  const doc = gutter.ownerDocument;
  let marked: ReadonlySet<number> = new Set();
  const paint = (row: Element, n: number) => {
    const bad = marked.has(n);
    row.className = bad ? 'pg-line pg-line-error' : 'pg-line';
    row.textContent = bad ? `! ${n}` : String(n);
  };
  const follow = () => {
    gutter.scrollTop = textarea.scrollTop;
  };
  textarea.addEventListener('scroll', follow);
  return {
    count(lines) {
      const rows = gutter.children;
      while (rows.length > lines) rows[rows.length - 1]?.remove();
      while (rows.length < lines) {
        const row = element(doc, 'div');
        paint(row, rows.length + 1);
        gutter.append(row);
      }
      follow();
    },
    mark(lines) {
      const before = marked;
      marked = lines;
      for (const n of new Set([...before, ...lines])) {
        const row = gutter.children[n - 1];
        if (row) paint(row, n);
      }
    },
    destroy() {
      textarea.removeEventListener('scroll', follow);
    },
  };
};
