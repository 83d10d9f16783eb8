/** The events the report counts; any other name is tallied and left out. */
const counted = new Set([
  'form_view',
  'step_view',
  'step_complete',
  'lead_capture',
  'form_submit',
  'submit_error',
  'form_abandon',
  'field_invalid',
  'next_step_click',
]);

/** Events that are about one step and need its id. */
const aboutAStep = new Set(['step_view', 'step_complete']);

/** The few fields of an event the report reads, checked. */
export interface ReportEvent {
  readonly name: string;
  readonly formId: string;
  readonly variant: string;
  readonly sessionId: string;
  readonly stepId: string;
  /** `Infinity` when missing: the step is then ordered by first sighting. */
  readonly stepIndex: number;
  readonly timestamp: number;
  /** `step_complete.duration_ms`, when it is a finite number ≥ 0 and the step was shown (not `skipped`). */
  readonly durationMs: number | undefined;
}

/** Why a value was not read as an event. */
export type Unread = 'invalid' | 'unsupported_version' | 'other_name';

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Reads one parsed JSON value as an event of the contract (src/events/types.ts), or says why
 * not. Lenient where the report does not care: a missing `variant` is `default` (the config's
 * own default), extra fields are ignored.
 */
export const readEvent = (value: unknown): ReportEvent | Unread => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'invalid';
  const event = value as Record<string, unknown>;
  const { name, form_id, session_id, timestamp, event_version } = event;
  if (!text(name) || !text(form_id) || !text(session_id) || !finite(timestamp)) return 'invalid';
  if (event_version !== undefined && event_version !== 1) return 'unsupported_version';
  if (!counted.has(name)) return 'other_name';
  const variant = event.variant === undefined ? 'default' : event.variant;
  if (!text(variant)) return 'invalid';
  const stepId = event.step_id;
  if (aboutAStep.has(name) && !text(stepId)) return 'invalid';
  const duration = event.duration_ms;
  return {
    name,
    formId: form_id,
    variant,
    sessionId: session_id,
    stepId: text(stepId) ? stepId : '',
    stepIndex:
      finite(event.step_index) && event.step_index >= 0 ? event.step_index : Number.POSITIVE_INFINITY,
    timestamp,
    // A step passed over (`skipped`: the page gave its answers) was completed, but took no one's time.
    durationMs:
      name === 'step_complete' && event.skipped !== true && finite(duration) && duration >= 0
        ? duration
        : undefined,
  };
};
