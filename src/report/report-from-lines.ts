import { type AggregatorOptions, createFunnelAggregator } from './create-funnel-aggregator';
import type { Report } from './types';

/** How far `reportFromLines` has read. */
export interface ReportProgress {
  readonly lines: number;
  /** Sessions open right now (what memory follows). */
  readonly openSessions: number;
}

/** Options of `reportFromLines`. */
export interface ReportFromLinesOptions extends AggregatorOptions {
  /** Called every `progressEvery` lines, and at the end (unless it just was). @default none */
  readonly onProgress?: (progress: ReportProgress) => void;
  /** @default 100_000 */
  readonly progressEvery?: number;
}

const FIRST_LINES = 5;

/**
 * Reads an event stream, one JSON object per line (what `beaconSink` posts, or an export), and
 * returns the funnel report. Streams: pass a `node:readline` interface or any async iterable of
 * lines, and memory stays bounded by the sessions open at once however long the file is.
 * Blank lines are skipped; lines that are not JSON are skipped and counted, with the first
 * few line numbers, in `report.input.malformed`.
 *
 * @example
 * const lines = createInterface({ input: createReadStream('events.jsonl'), crlfDelay: Infinity });
 * const report = await reportFromLines(lines);
 */
export const reportFromLines = async (
  lines: AsyncIterable<string> | Iterable<string>,
  options: ReportFromLinesOptions = {},
): Promise<Report> => {
  const { onProgress, progressEvery = 100_000 } = options;
  const aggregator = createFunnelAggregator(options);
  let count = 0;
  let blankLines = 0;
  const malformed = { count: 0, firstLines: [] as number[] };
  for await (const line of lines) {
    count += 1;
    if (onProgress && count % progressEvery === 0)
      onProgress({ lines: count, openSessions: aggregator.openSessions });
    if (line.trim() === '') {
      blankLines += 1;
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      malformed.count += 1;
      if (malformed.firstLines.length < FIRST_LINES) malformed.firstLines.push(count);
      continue;
    }
    aggregator.add(value, count);
  }
  if (count === 0 || count % progressEvery !== 0)
    onProgress?.({ lines: count, openSessions: aggregator.openSessions });
  const report = aggregator.finish();
  return { ...report, input: { ...report.input, lines: count, blankLines, malformed } };
};
