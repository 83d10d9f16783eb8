import { formatCountOf, formatDuration } from './format-number';
import { LIMITS } from './funnel-counters';
import { MAX_STEPS_PER_SESSION } from './session';
import type { Report, SkippedLines } from './types';

const lineList = ({ count, firstLines }: SkippedLines): string => {
  if (firstLines.length === 0) return '';
  const more = count > firstLines.length ? ', …' : '';
  return ` (line${firstLines.length > 1 ? 's' : ''} ${firstLines.join(', ')}${more})`;
};

const quoted = (names: readonly string[]): string => names.map((name) => JSON.stringify(name)).join(', ');

/**
 * The report's input in words: one summary line, and a warning for everything read but not
 * counted. Shared by the text and the HTML report; names from the file are quoted, not trusted
 * (each front escapes them its own way).
 */
export const describeInput = (report: Report): { summary: string; warnings: string[] } => {
  const { input } = report;
  const idle = formatDuration(report.sessionWindowMs);
  const summary = `${formatCountOf(input.lines, 'line', 'lines')} read, ${formatCountOf(input.events, 'event', 'events')} counted; a session ends after ${idle} without an event.`;
  const warnings: string[] = [];
  if (input.malformed.count > 0)
    warnings.push(
      `${formatCountOf(input.malformed.count, 'line is', 'lines are')} not JSON: skipped${lineList(input.malformed)}.`,
    );
  if (input.invalid.count > 0)
    warnings.push(
      `${formatCountOf(input.invalid.count, 'line is', 'lines are')} JSON but not a yesladder event (one needs name, form_id, session_id, timestamp, and step_id on step events): skipped${lineList(input.invalid)}.`,
    );
  if (input.unsupportedVersion.count > 0)
    warnings.push(
      `${formatCountOf(input.unsupportedVersion.count, 'event has', 'events have')} an event_version other than 1: skipped${lineList(input.unsupportedVersion)}, as this report reads version 1.`,
    );
  if (input.otherNames.count > 0)
    warnings.push(
      `${formatCountOf(input.otherNames.count, 'event has a name', 'events have names')} the report does not count (${quoted(input.otherNames.names)}${input.otherNames.names.length < 5 ? '' : ', …'}): renamed by beforeSend, or events of your own.`,
    );
  if (input.otherForms.count > 0)
    warnings.push(
      `${formatCountOf(input.otherForms.count, 'event', 'events')} of other forms left out by the form filter (${quoted(input.otherForms.formIds)}${input.otherForms.formIds.length < 5 ? '' : ', …'}).`,
    );
  const partial = report.forms.reduce(
    (sum, form) => sum + form.variants.reduce((s, v) => s + v.partialSessions, 0),
    0,
  );
  if (partial > 0)
    warnings.push(
      `${formatCountOf(partial, 'session has', 'sessions have')} no form_view (the file starts mid-session, a batch was lost, or events came over ${idle} late): left out of every rate.`,
    );
  if (input.overLimit > 0)
    warnings.push(
      `${formatCountOf(input.overLimit, 'session goes', 'sessions go')} past the report's limits (${LIMITS.forms} forms, ${LIMITS.variantsPerForm} variants per form, ${LIMITS.stepsPerVariant} steps per variant, ${MAX_STEPS_PER_SESSION} steps per session): what is past them is not counted.`,
    );
  if (input.sessionsClosedEarly > 0)
    warnings.push(
      `${formatCountOf(input.sessionsClosedEarly, 'session was', 'sessions were')} closed early because too many were open at once (raise maxOpenSessions): some may be counted twice.`,
    );
  return { summary, warnings };
};
