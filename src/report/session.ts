import type { ReportEvent } from './read-event';

/** What one session did at one step. */
export interface SessionStep {
  /** The smallest `step_index` the step carried in this session. */
  index: number;
  viewed: boolean;
  /** The earliest view: a step first viewed at or after the submission is an end (thanks) step. */
  firstViewAt: number;
  completed: boolean;
  /** `duration_ms` by the completion's timestamp: a batch delivered twice is counted once. */
  readonly durations: Map<number, number>;
}

/**
 * One open session: just what its funnel needs, so memory follows the sessions open at once,
 * not the events read. Order-free: the fold reads it once the session closes, so events of a
 * session may arrive in any order.
 */
export interface Session {
  readonly formId: string;
  readonly variant: string;
  /** When the stream's clock last saw an event of this session. */
  touchedAt: number;
  formView: boolean;
  lead: boolean;
  /** The earliest `form_submit`. */
  submittedAt: number | undefined;
  readonly steps: Map<string, SessionStep>;
  /** A step was left out: the session had more than `MAX_STEPS_PER_SESSION`. */
  overLimit: boolean;
}

/** At most this many steps per session; past it, a step is not recorded (a broken or hostile file). */
export const MAX_STEPS_PER_SESSION = 64;
/** At most this many completions timed per step of a session. */
const MAX_DURATIONS = 32;

export const openSession = (event: ReportEvent, now: number): Session => ({
  formId: event.formId,
  variant: event.variant,
  touchedAt: now,
  formView: false,
  lead: false,
  submittedAt: undefined,
  steps: new Map(),
  overLimit: false,
});

const stepOf = (session: Session, event: ReportEvent): SessionStep | undefined => {
  let step = session.steps.get(event.stepId);
  if (!step) {
    if (session.steps.size >= MAX_STEPS_PER_SESSION) {
      session.overLimit = true;
      return undefined;
    }
    step = {
      index: event.stepIndex,
      viewed: false,
      firstViewAt: Number.POSITIVE_INFINITY,
      completed: false,
      durations: new Map(),
    };
    session.steps.set(event.stepId, step);
  }
  if (event.stepIndex < step.index) step.index = event.stepIndex;
  return step;
};

/**
 * Records one event into its session. Sets, not counters: a step viewed again (back, a
 * restored draft) or a `form_view` sent again after a reload counts once.
 */
export const recordEvent = (session: Session, event: ReportEvent): void => {
  switch (event.name) {
    case 'form_view':
      session.formView = true;
      return;
    case 'lead_capture':
      session.lead = true;
      return;
    case 'form_submit':
      if (session.submittedAt === undefined || event.timestamp < session.submittedAt)
        session.submittedAt = event.timestamp;
      return;
    case 'step_view': {
      const step = stepOf(session, event);
      if (!step) return;
      step.viewed = true;
      if (event.timestamp < step.firstViewAt) step.firstViewAt = event.timestamp;
      return;
    }
    case 'step_complete': {
      const step = stepOf(session, event);
      if (!step) return;
      step.completed = true;
      if (event.durationMs !== undefined && step.durations.size < MAX_DURATIONS)
        step.durations.set(event.timestamp, event.durationMs);
      return;
    }
    default:
      // field_invalid, submit_error, form_abandon, next_step_click: part of a session, nothing to count.
      return;
  }
};
