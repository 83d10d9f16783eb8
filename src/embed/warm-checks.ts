import { currentStep } from '../flow/progress';
import { prepareField } from '../validate/validate-field';
import { shielded } from './prototype-shield';
import type { Store } from './store';

/**
 * Builds the answer checks of each step as it is shown, when the page is idle: the first
 * blur or Next on a step then only runs them (building zod's checks cold was the slowest
 * part of a person's first Next). Returns the stop.
 */
export const warmChecks = (win: Window | null, store: Store): (() => void) => {
  if (!win) return () => {};
  const idle = win.requestIdleCallback?.bind(win) ?? ((run: () => void) => win.setTimeout(run, 1));
  const cancel = win.cancelIdleCallback?.bind(win) ?? win.clearTimeout.bind(win);
  let handle: number | undefined;
  let shown: unknown;
  const schedule = () => {
    const step = currentStep(store.state());
    if (step === shown) return;
    shown = step;
    if (handle !== undefined) cancel(handle);
    handle = idle(() => {
      handle = undefined;
      shielded(() => {
        for (const field of step.fields) prepareField(field);
      });
    });
  };
  schedule();
  const unsubscribe = store.subscribe(schedule);
  return () => {
    unsubscribe();
    if (handle !== undefined) cancel(handle);
  };
};
