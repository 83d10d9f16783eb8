// The funnel report as data: what `reportFromLines` and `aggregator.finish()` return, what
// `formatReport` and `renderReportHtml` turn into words. Plain JSON (no Map, no NaN): `--json`
// prints it as it is. A ratio with nothing to divide by is `null`, never NaN.

/** One step of one variant's funnel. Counts are sessions, not events (see the README's definitions). */
export interface StepRow {
  readonly stepId: string;
  /** The smallest `step_index` the step was seen at: rows are ordered by it, then by first sighting. */
  readonly index: number;
  /**
   * `true` for a step nobody completed and sessions reached after submitting (the thanks step):
   * it has views but nothing to complete, so its completion columns are `null`.
   */
  readonly end: boolean;
  /** Sessions that viewed the step (or completed it: a completion implies a view). */
  readonly views: number;
  /** Sessions that completed the step at least once. `null` on an end step. */
  readonly completions: number | null;
  /** completions / views. */
  readonly stepConversion: number | null;
  /** completions / the variant's visitors (sessions with a `form_view`). */
  readonly cumulativeConversion: number | null;
  /** views − completions: sessions that saw the step and never completed it. */
  readonly dropOff: number | null;
  /** dropOff / views. */
  readonly dropOffRate: number | null;
  /** Median time on step in ms: per session, the sum of its `step_complete.duration_ms` there. */
  readonly medianMs: number | null;
  /** 90th percentile of the same. */
  readonly p90Ms: number | null;
}

/** One variant of one form. */
export interface VariantReport {
  readonly variant: string;
  /** Sessions with a `form_view`: the denominator of every rate below. */
  readonly visitors: number;
  /** Of those, sessions with a `form_submit`. */
  readonly submissions: number;
  /** submissions / visitors. */
  readonly conversion: number | null;
  /** Of the visitors, sessions with a `lead_capture` (a lead step completed, partial or final). */
  readonly leads: number;
  /** leads / visitors. */
  readonly leadRate: number | null;
  /** Sessions with events but no `form_view` (a file cut mid-session, a lost batch): left out. */
  readonly partialSessions: number;
  readonly steps: readonly StepRow[];
}

/** How a comparison reads, as data; `text` is the sentence for people. */
export type VerdictKind = 'better' | 'worse' | 'not_enough_data' | 'no_difference';

/** A variant against the baseline. Rates are proportions (0–1); the difference is variant − baseline. */
export interface Comparison {
  readonly variant: string;
  readonly baseline: string;
  /** variant rate − baseline rate, in proportion points (0.05 = 5 points). */
  readonly difference: number;
  /** 95% confidence interval of the difference (Newcombe's hybrid score method, no continuity correction). */
  readonly ci: readonly [low: number, high: number];
  /** difference / baseline rate (0.23 = 23% better); `null` when the baseline converted nobody. */
  readonly relativeLift: number | null;
  /** Pooled two-proportion z statistic; `null` when nobody or everybody converted in both. */
  readonly z: number | null;
  /** Two-sided p-value of the z-test (equals R's `prop.test(correct = FALSE)`). */
  readonly pValue: number | null;
  /** The difference the sample size is planned for: the observed one, or the minimum detectable effect. */
  readonly plannedDifference: number | null;
  /** Visitors needed per variant for α = 0.05 (two-sided) and power 0.8 at `plannedDifference`. */
  readonly requiredPerVariant: number | null;
  /** requiredPerVariant − the smaller variant's visitors, at least 0. */
  readonly moreNeeded: number | null;
  readonly verdict: VerdictKind;
  /** e.g. "twostep converts 23% better than control (p = 0.01)". */
  readonly text: string;
}

/** One form: its variants (the baseline first) and each other variant compared with the baseline. */
export interface FormReport {
  readonly formId: string;
  /** `control` when there is one, else the variant with the most visitors; `null` with one variant. */
  readonly baseline: string | null;
  readonly variants: readonly VariantReport[];
  readonly comparisons: readonly Comparison[];
}

/** Lines or events that were not counted, with the first few line numbers to look at. */
export interface SkippedLines {
  readonly count: number;
  /** 1-based line numbers of the first few (at most 5). */
  readonly firstLines: readonly number[];
}

/** What was read and what was left out, for the report's warnings. */
export interface InputSummary {
  /** Lines read by `reportFromLines` (values added, straight from an aggregator). */
  readonly lines: number;
  /** Events counted into the report. */
  readonly events: number;
  readonly blankLines: number;
  /** Lines that are not JSON. */
  readonly malformed: SkippedLines;
  /** JSON that is not an event: no name, form_id, session_id or timestamp, a step event without step_id. */
  readonly invalid: SkippedLines;
  /** Events with `event_version` other than 1 (a newer contract than this report knows). */
  readonly unsupportedVersion: SkippedLines;
  /** Events whose name the report does not use (renamed by `beforeSend`, or your own). */
  readonly otherNames: { readonly count: number; readonly names: readonly string[] };
  /** Events of forms left out by the `form` option. */
  readonly otherForms: { readonly count: number; readonly formIds: readonly string[] };
  /**
   * Sessions that went past the report's limits (100 forms, 20 variants per form, 100 steps per
   * variant, 64 steps per session: a hostile or broken file); what is past them is not counted.
   */
  readonly overLimit: number;
  /** Sessions closed early because `maxOpenSessions` were open at once. */
  readonly sessionsClosedEarly: number;
  /** The most sessions open at the same time while reading: what the memory use follows. */
  readonly peakOpenSessions: number;
}

/** The whole report. */
export interface Report {
  readonly forms: readonly FormReport[];
  readonly input: InputSummary;
  /** The inactivity window that ends a session, in ms of the stream's own clock. */
  readonly sessionWindowMs: number;
}
