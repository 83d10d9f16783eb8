import { currentStep } from '../flow/progress';
import type { Field } from '../schema/model';
import { prepareField } from '../validate/validate-field';
import { shielded } from './prototype-shield';
import type { Store } from './store';

/** Idle time left (ms) needed to build one more field's check. */
const ROOM_MS = 10;

/**
 * Builds the answer checks of each step as it is shown, when the page is idle: the first
 * blur or Next on a step then only runs them (building zod's checks cold was the slowest
 * part of a person's first Next). Returns the stop.
 */
export const warmChecks = (win: Window | null, store: Store): (() => void) => {
  if (!win) return () => {};
  type Idle = (run: (deadline?: IdleDeadline) => void) => number;
  const idle: Idle = win.requestIdleCallback?.bind(win) ?? ((run) => win.setTimeout(run, 1));
  const cancel = win.cancelIdleCallback?.bind(win) ?? win.clearTimeout.bind(win);
  let handle: number | undefined;
  let shown: unknown;
  let waiting: Field[] = [];
  // A field at a time, only while the idle period has room: a check built past the frame's
  // deadline would hold the next frame (the step just shown, say).
  const build = (deadline?: IdleDeadline) => {
    handle = undefined;
    shielded(() => {
      for (let built = 0; waiting.length && (!built || (deadline?.timeRemaining() ?? 0) > ROOM_MS); built++)
        prepareField(waiting.shift() as Field);
    });
    if (waiting.length) handle = idle(build);
  };
  const schedule = () => {
    const step = currentStep(store.state());
    if (step === shown) return;
    shown = step;
    waiting = [...step.fields];
    if (handle === undefined && waiting.length) handle = idle(build);
  };
  schedule();
  const unsubscribe = store.subscribe(schedule);
  return () => {
    unsubscribe();
    if (handle !== undefined) cancel(handle);
  };
};
