import type { AnswerMap } from '../schema/model';

/**
 * The version of the event contract, carried by every event as `event_version`. It goes
 * up only when a field changes meaning or goes away; new events and new fields keep it.
 */
export const eventVersion = 1;

/** Fields every event carries: the shape of the journey, never the person. */
export interface EventCommon {
  /** The contract's version (see `eventVersion`), so dashboards can tell payloads apart. */
  readonly event_version: typeof eventVersion;
  readonly form_id: string;
  readonly variant: string;
  /** A random id per visit to the form; not a person, a cookie or a device. */
  readonly session_id: string;
  readonly step_id: string;
  /** 0-based position of the step on the path taken so far. */
  readonly step_index: number;
  /** Steps on the path, the thanks step included, as the answers so far project it. */
  readonly step_count: number;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
}

/** What each event adds to the common fields, by name. `A` is the form's answers. */
export interface EventPayloads<A = AnswerMap> {
  /** The form was first shown (an inline form at mount, a popover or modal when first opened). */
  readonly form_view: Readonly<Record<never, never>>;
  /**
   * A step was shown; `direction` says how the person arrived. `restored`: the first step
   * shown after a reload brought the person back from a draft (the session goes on).
   */
  readonly step_view: { readonly direction: 'forward' | 'back' | 'jump'; readonly restored?: true };
  /**
   * A step's answers passed their checks. `values`: its `track: true` fields only.
   * `skipped`: the step was passed over, never shown, because the page already gave its
   * answers (`skipPrefilled`); its `duration_ms` is then 0.
   */
  readonly step_complete: {
    readonly duration_ms: number;
    readonly values?: Readonly<Partial<A>>;
    readonly skipped?: true;
  };
  /** A field was refused: which field and the issue code, never the value. */
  readonly field_invalid: { readonly field: string; readonly error_code: string };
  /** A `lead: true` step was completed: its answers are being sent. */
  readonly lead_capture: { readonly submission: 'lead' | 'final' };
  /** The final submission arrived. `values`: the `track: true` answers of the path taken. */
  readonly form_submit: { readonly values?: Readonly<Partial<A>> };
  /** A submission failed: `network`, `timeout`, `http_503`, `callback`… */
  readonly submit_error: { readonly submission: 'lead' | 'final'; readonly reason: string };
  /** The page was left after the form started and before it was finished; once per form. */
  readonly form_abandon: { readonly duration_ms: number };
  /** The thanks step's next small ask was followed. */
  readonly next_step_click: { readonly href?: string };
}

/** Every event yesladder emits, in GA4's snake_case habit. */
export type EventName = keyof EventPayloads;

/**
 * An analytics event, as sinks and listeners receive it: a union discriminated by
 * `name`, so `event.name === 'step_complete'` narrows `duration_ms` to a number.
 * `values` hold only fields that opted in with `track: true`, typed like the answers.
 */
export type YesLadderEvent<A = AnswerMap, N extends EventName = EventName> = N extends EventName
  ? { readonly name: N } & EventCommon & EventPayloads<A>[N]
  : never;

/**
 * What `beforeSend` may hand the sinks instead of an event: renamed (sinks then use the
 * name as it is) or enriched with fields of your own.
 */
export type CustomSinkEvent = EventCommon & { readonly name: string; readonly [field: string]: unknown };

/** What an analytics sink receives: an event, or what `beforeSend` made of it. */
export type SinkEvent<A = AnswerMap> = YesLadderEvent<A> | CustomSinkEvent;
