export interface ScrollDepthTriggerOptions {
  /** Percent of the page's scrollable height (0 = the top, 100 = the bottom). */
  readonly percent: number;
}

/** How far down the page is scrolled, 0–100; a page that cannot scroll is read in full. */
export const scrollDepth = (win: Window): number => {
  const range = win.document.documentElement.scrollHeight - win.innerHeight;
  // A pixel of slack: zoomed pages stop a fraction short of the bottom.
  return range > 1 ? Math.min(100, ((win.scrollY + 1) / range) * 100) : 100;
};

/**
 * Opens the form once, the first time the page is scrolled to `percent` of its height.
 * Reads the depth on `scroll` only, so it never fires on a page that is not scrolled.
 * Returns the cleanup.
 */
export const scrollDepthTrigger = (
  win: Window,
  options: ScrollDepthTriggerOptions,
  open: () => void,
): (() => void) => {
  const listen = { passive: true } as const;
  const stop = () => win.removeEventListener('scroll', onScroll);
  function onScroll() {
    if (scrollDepth(win) < options.percent) return;
    stop();
    open();
  }
  win.addEventListener('scroll', onScroll, listen);
  return stop;
};
