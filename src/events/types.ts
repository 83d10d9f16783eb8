import type { AnswerMap } from '../schema/model';

/** Every event yesladder emits, in GA4's snake_case habit. */
export type EventName =
  | 'form_view'
  | 'step_view'
  | 'step_complete'
  | 'field_invalid'
  | 'lead_capture'
  | 'form_submit'
  | 'submit_error'
  | 'form_abandon'
  | 'next_step_click';

/**
 * What a sink receives. It describes the shape of the journey, never the person:
 * `values` holds only fields that opted in with `track: true`.
 */
export interface YesLadderEvent<A = AnswerMap> {
  readonly name: EventName;
  readonly form_id: string;
  readonly variant: string;
  readonly session_id: string;
  readonly step_id: string;
  /** 0-based position of the step on the path taken so far. */
  readonly step_index: number;
  /** Steps on the path, the thanks step included, as the answers so far project it. */
  readonly step_count: number;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
  /** `step_complete`, `form_abandon`: time spent on the step. */
  readonly duration_ms?: number;
  /** `step_view`: how the person arrived. */
  readonly direction?: 'forward' | 'back' | 'jump';
  /** `field_invalid`: which field, and the issue code (never the value). */
  readonly field?: string;
  readonly error_code?: string;
  /** `lead_capture`, `form_submit`, `submit_error`: which submission. */
  readonly submission?: 'lead' | 'final';
  /** `submit_error`: `network`, `timeout`, `http_503`, `callback`… */
  readonly reason?: string;
  /** `next_step_click`: where the offer leads. */
  readonly href?: string;
  /** Values of `track: true` fields only; typed by the config like the answers. */
  readonly values?: Readonly<Partial<A>>;
}
