// A Markdown table padded to line up in a terminal too, so the printed output can be pasted
// into the README as it is.

/**
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('left' | 'right')[]} [align] per column @default every column left
 */
export function markdownTable(header, rows, align = []) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const pad = (cell, i) => (align[i] === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]));
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((width, i) =>
    align[i] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
