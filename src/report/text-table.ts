/** A column of a text table: its heading, and whether numbers line up on the right. */
export interface TextColumn {
  readonly heading: string;
  readonly align: 'left' | 'right';
}

/** Longest label kept in a cell; longer ones end in "…". */
const MAX_CELL = 32;

/**
 * Makes a string from a file safe for a terminal: control characters (escape sequences could
 * recolour or rewrite the screen) are shown as \u{…}, and very long labels are cut.
 */
export const plain = (text: string, max = MAX_CELL): string => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
  return [...safe].length > max ? `${[...safe].slice(0, max - 1).join('')}…` : safe;
};

const width = (text: string): number => [...text].length;

/**
 * Lays out rows under headings, columns two spaces apart, each as wide as its widest cell.
 * `paint(cell, row, column)` may wrap a cell in colour codes after it is padded.
 */
export const textTable = (
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
  paint: (text: string, row: number, column: number) => string = (text) => text,
): string[] => {
  const widths = columns.map((column, i) =>
    Math.max(width(column.heading), ...rows.map((row) => width(row[i] ?? ''))),
  );
  const line = (cells: readonly string[], row: number): string =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
        const padded = columns[i]?.align === 'right' ? pad + cell : cell + pad;
        return paint(padded, row, i);
      })
      .join('  ')
      .trimEnd();
  return [
    line(
      columns.map((c) => c.heading),
      -1,
    ),
    ...rows.map((row, i) => line(row, i)),
  ];
};
