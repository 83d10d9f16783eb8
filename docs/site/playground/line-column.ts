/** A place in a text as an editor shows it: both 1-based, the column in UTF-16 units as a textarea counts. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** The line and column of a UTF-16 offset into `text`. */
export const lineColumn = (text: string, offset: number): LineColumn => {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
};

/** The offset of a line and column in `text` (clamped to the text), for moving the caret there. */
export const offsetOf = (text: string, { line, column }: LineColumn): number => {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const end = text.indexOf('\n', start);
    if (end < 0) return text.length;
    start = end + 1;
  }
  const end = text.indexOf('\n', start);
  return Math.min(start + column - 1, end < 0 ? text.length : end);
};
