import { createQuantileSketch, type QuantileSketch } from './quantile-sketch';
import type { Session } from './session';

/** What every closed session of one variant adds up to, at one step. */
export interface StepCounter {
  index: number;
  /** Order of first sighting, to order steps that share an index (branches). */
  readonly seen: number;
  views: number;
  /** Views that came at or after the session's submission. */
  viewsAfterSubmit: number;
  completions: number;
  readonly time: QuantileSketch;
}

/** The counters of one variant of one form. */
export interface VariantCounter {
  visitors: number;
  submissions: number;
  leads: number;
  partialSessions: number;
  readonly steps: Map<string, StepCounter>;
}

/** Limits that keep a hostile or broken file from growing memory through names. */
export const LIMITS = { forms: 100, variantsPerForm: 20, stepsPerVariant: 100 } as const;

/** Form id → variant → counters, and how many closed sessions the limits left out. */
export interface FunnelCounters {
  readonly forms: Map<string, Map<string, VariantCounter>>;
  overLimit: number;
}

export const createFunnelCounters = (): FunnelCounters => ({ forms: new Map(), overLimit: 0 });

const variantOf = (counters: FunnelCounters, session: Session): VariantCounter | undefined => {
  let form = counters.forms.get(session.formId);
  if (!form) {
    if (counters.forms.size >= LIMITS.forms) return undefined;
    form = new Map();
    counters.forms.set(session.formId, form);
  }
  let variant = form.get(session.variant);
  if (!variant) {
    if (form.size >= LIMITS.variantsPerForm) return undefined;
    variant = { visitors: 0, submissions: 0, leads: 0, partialSessions: 0, steps: new Map() };
    form.set(session.variant, variant);
  }
  return variant;
};

/**
 * Adds a closed session to its variant's counters. A session without a `form_view` only
 * counts as partial: every rate divides by visitors, and a session that was never seen to
 * start (a file cut mid-session, a lost batch) would push rates past 100%.
 * Returns `false` when the limits left it out.
 */
export const foldSession = (counters: FunnelCounters, session: Session): boolean => {
  const variant = variantOf(counters, session);
  if (!variant) return false;
  if (!session.formView) {
    variant.partialSessions += 1;
    return true;
  }
  variant.visitors += 1;
  if (session.submittedAt !== undefined) variant.submissions += 1;
  if (session.lead) variant.leads += 1;
  let complete = true;
  for (const [stepId, step] of session.steps) {
    let counter = variant.steps.get(stepId);
    if (!counter) {
      if (variant.steps.size >= LIMITS.stepsPerVariant) {
        complete = false;
        continue;
      }
      counter = {
        index: step.index,
        seen: variant.steps.size,
        views: 0,
        viewsAfterSubmit: 0,
        completions: 0,
        time: createQuantileSketch(),
      };
      variant.steps.set(stepId, counter);
    }
    if (step.index < counter.index) counter.index = step.index;
    counter.views += 1;
    if (session.submittedAt !== undefined && step.viewed && step.firstViewAt >= session.submittedAt)
      counter.viewsAfterSubmit += 1;
    if (step.completed) {
      counter.completions += 1;
      if (step.durations.size > 0) {
        let total = 0;
        for (const ms of step.durations.values()) total += ms;
        counter.time.add(total);
      }
    }
  }
  return complete;
};
