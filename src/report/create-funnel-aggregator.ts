import { buildReport } from './build-report';
import { createFunnelCounters, foldSession } from './funnel-counters';
import { readEvent } from './read-event';
import { openSession, recordEvent, type Session } from './session';
import { createStreamClock } from './stream-clock';
import type { Report } from './types';

/** Options of `createFunnelAggregator` and `reportFromLines`. */
export interface AggregatorOptions {
  /**
   * A session ends after this long without an event, on the stream's own clock (the events'
   * timestamps, see the README), and is then folded into the counters and forgotten.
   * @default 1_800_000 (30 minutes, as GA4 and most analytics tools do)
   */
  readonly sessionWindowMs?: number;
  /** Count only this form; the others are tallied in `input.otherForms`. @default every form */
  readonly form?: string;
  /**
   * A ceiling on memory: past this many open sessions, the least recently active one is
   * closed early (counted in `input.sessionsClosedEarly`). @default 200_000
   */
  readonly maxOpenSessions?: number;
}

/** Feeds events one at a time; `finish()` closes what is open and returns the report. */
export interface FunnelAggregator {
  /** Adds one parsed JSON value; `line` (1-based) names it in the report's warnings. */
  add(value: unknown, line?: number): void;
  /** Sessions open right now: what memory use follows (not the number of events read). */
  readonly openSessions: number;
  /** Closes every open session and builds the report. The aggregator is spent afterwards. */
  finish(): Report;
}

const FIRST_LINES = 5;
const NAMES_KEPT = 5;

interface Tally {
  count: number;
  firstLines: number[];
}
const tally = (): Tally => ({ count: 0, firstLines: [] });
const note = (t: Tally, line: number | undefined): void => {
  t.count += 1;
  if (line !== undefined && t.firstLines.length < FIRST_LINES) t.firstLines.push(line);
};
const remember = (names: string[], name: string): void => {
  if (names.length < NAMES_KEPT && !names.includes(name)) names.push(name);
};

/**
 * The streaming core of the funnel report. Memory is bounded by the sessions open at the same
 * time, never by the length of the stream: a session is kept (a few sets of step ids) only
 * while it is active, and folded into per-step counters and a constant-size quantile sketch
 * once the stream's clock has moved `sessionWindowMs` past its last event.
 * A session is one (form_id, variant, session_id). Events of a session may come in any order
 * while it is open; one arriving later than the window counts as a new session without a
 * `form_view` (`partialSessions`).
 */
export const createFunnelAggregator = (options: AggregatorOptions = {}): FunnelAggregator => {
  const { sessionWindowMs = 1_800_000, form, maxOpenSessions = 200_000 } = options;
  const clock = createStreamClock();
  const counters = createFunnelCounters();
  // In order of last activity: a touched session moves to the end, so expired ones gather in front.
  const open = new Map<string, Session>();
  const invalid = tally();
  const unsupportedVersion = tally();
  const otherNames = { count: 0, names: [] as string[] };
  const otherForms = { count: 0, formIds: [] as string[] };
  let added = 0;
  let events = 0;
  let sessionsClosedEarly = 0;
  let peakOpenSessions = 0;

  const close = (key: string, session: Session): void => {
    open.delete(key);
    if (!foldSession(counters, session) || session.overLimit) counters.overLimit += 1;
  };

  const expire = (): void => {
    const cutoff = clock.now() - sessionWindowMs;
    for (const [key, session] of open) {
      if (session.touchedAt >= cutoff) break;
      close(key, session);
    }
  };

  return {
    add(value, line) {
      added += 1;
      const event = readEvent(value);
      if (event === 'invalid') return note(invalid, line);
      if (event === 'unsupported_version') return note(unsupportedVersion, line);
      if (event === 'other_name') {
        otherNames.count += 1;
        remember(otherNames.names, String((value as { name: unknown }).name));
        return;
      }
      if (form !== undefined && event.formId !== form) {
        otherForms.count += 1;
        remember(otherForms.formIds, event.formId);
        return;
      }
      events += 1;
      clock.tick(event.timestamp);
      const now = clock.now();
      const key = `${event.formId}\u0000${event.variant}\u0000${event.sessionId}`;
      let session = open.get(key);
      if (session) open.delete(key);
      else {
        if (open.size >= maxOpenSessions) {
          const [oldest, stale] = open.entries().next().value as [string, Session];
          close(oldest, stale);
          sessionsClosedEarly += 1;
        }
        session = openSession(event, now);
      }
      session.touchedAt = now;
      open.set(key, session);
      recordEvent(session, event);
      expire();
      if (open.size > peakOpenSessions) peakOpenSessions = open.size;
    },
    get openSessions() {
      return open.size;
    },
    finish() {
      for (const [key, session] of open) close(key, session);
      return buildReport(counters, sessionWindowMs, {
        lines: added,
        blankLines: 0,
        malformed: { count: 0, firstLines: [] },
        events,
        invalid,
        unsupportedVersion,
        otherNames,
        otherForms,
        overLimit: counters.overLimit,
        sessionsClosedEarly,
        peakOpenSessions,
      });
    },
  };
};
