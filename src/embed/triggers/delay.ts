export interface DelayTriggerOptions {
  /** Milliseconds after the form is mounted. */
  readonly ms: number;
}

/** Opens the form once, `ms` after it was mounted. Returns the cleanup (cancels the timer). */
export const delayTrigger = (win: Window, options: DelayTriggerOptions, open: () => void): (() => void) => {
  const timer = win.setTimeout(open, options.ms);
  return () => win.clearTimeout(timer);
};
