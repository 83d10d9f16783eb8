import { toSinkEvent } from '../events/pii';
import { currentStep } from '../flow/progress';
import { resolveNext, stepById } from '../flow/resolve-next';
import { transition } from '../flow/transition';
import type { FlowState } from '../flow/types';
import type { Field } from '../schema/model';
import { prepareField } from '../validate/validate-field';
import { shielded } from './prototype-shield';
import type { Store } from './store';

/** Idle time left (ms) needed to warm one more piece in the same idle period. */
const ROOM_MS = 10;

/**
 * Draws `state` off the page, once, and takes it down: the step a Next leads to, so the code
 * that draws it has run before the person clicks.
 */
export type Rehearse = (state: FlowState) => void;

/**
 * Warms each step as it is shown, when the page is idle, so the person's first blur and
 * first Next run code that has already run once (a cold first run was most of a first Next:
 * building zod's checks, compiling their regular expressions, the engine compiling each
 * function on its first call). Nothing starts before the person reaches for the form
 * (`reached` calls back: a pointer over it, focus in it); then a field's check at a time, and
 * the rehearsal: the Next run on a copy of the state (nothing is sent or kept) and the step it
 * leads to drawn off the page by `draw`. A visitor who never reaches for the form costs none
 * of it, in time or in memory. Returns the stop.
 */
export const warmUp = (
  win: Window | null,
  store: Store,
  draw?: Rehearse,
  reached?: (then: () => void) => () => void,
): (() => void) => {
  if (!win) return () => {};
  type Idle = (run: (deadline?: IdleDeadline) => void) => number;
  const idle: Idle = win.requestIdleCallback?.bind(win) ?? ((run) => win.setTimeout(run, 1));
  const cancel = win.cancelIdleCallback?.bind(win) ?? win.clearTimeout.bind(win);
  let handle: number | undefined;
  let frame: number | undefined;
  let shown: unknown;
  let waiting: Field[] = [];
  let rehearsal: (() => void) | undefined;
  let reaching = !reached;
  // A piece at a time, only while the idle period has room: work past the frame's deadline
  // would hold the next frame (the step just shown, say).
  const work = (deadline?: IdleDeadline) => {
    handle = undefined;
    const room = () => (deadline?.timeRemaining() ?? 0) > ROOM_MS;
    try {
      shielded(() => {
        let done = 0;
        for (; waiting.length && (!done || room()); done++) prepareField(waiting.shift() as Field);
        // The rehearsal is one step's work, a few ms: it takes the period whatever is left of it.
        if (!waiting.length && rehearsal && (!done || room())) {
          const run = rehearsal;
          rehearsal = undefined;
          run();
        }
      });
    } catch {
      // Warming is only ahead-of-time work, run from a timer where a throw would land in the
      // page's onerror. Whatever failed here fails again, and is reported, when the person
      // does it for real; until then nothing more is warmed.
      waiting = [];
      rehearsal = undefined;
    }
    if (waiting.length || rehearsal) handle = idle(work);
  };
  const plan = () => {
    if (!reaching) return;
    const state = store.state();
    const step = currentStep(state);
    rehearsal =
      state.status === 'active' && step.type !== 'thanks' ? () => rehearse(store.state(), draw) : undefined;
    if (handle === undefined && frame === undefined && (waiting.length || rehearsal)) handle = idle(work);
  };
  const schedule = () => {
    const step = currentStep(store.state());
    if (step === shown) return;
    const first = shown === undefined;
    shown = step;
    waiting = [...step.fields];
    if (first || !win.requestAnimationFrame) return plan();
    // A step just changed: its first frames (the new step appearing, the bar growing) come
    // before any warming, which an idle period between them would hold back.
    if (handle !== undefined) cancel(handle);
    handle = undefined;
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    frame = win.requestAnimationFrame(() => {
      frame = win.requestAnimationFrame(() => {
        frame = undefined;
        plan();
      });
    });
  };
  schedule();
  const unsubscribe = store.subscribe(schedule);
  const unreach = reached?.(() => {
    reaching = true;
    plan();
  });
  return () => {
    unsubscribe();
    unreach?.();
    if (handle !== undefined) cancel(handle);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
  };
};

/**
 * The shown step's Next, on a copy of `state` in which the step asks nothing (so it goes the
 * way a good answer goes, whatever has been typed yet), its events made ready for sinks and
 * then dropped, and the step after it drawn.
 */
const rehearse = (state: FlowState, draw: Rehearse | undefined) => {
  const step = currentStep(state);
  const form = { ...state.form, steps: state.form.steps.map((s) => (s === step ? { ...s, fields: [] } : s)) };
  const { effects } = transition({ ...state, form }, { type: 'next', at: state.enteredAt });
  for (const effect of effects) if (effect.type === 'emit') toSinkEvent(form, effect.event);
  const after = stepById(state.form, resolveNext(state.form, step, state.answers));
  if (after && draw) draw({ ...state, history: [...state.history, after.id], errors: {} });
};
