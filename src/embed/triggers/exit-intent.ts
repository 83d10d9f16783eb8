export interface ExitIntentTriggerOptions {
  /** The clock for the fast-scroll window, for tests. @default Date.now */
  readonly now?: () => number;
}

/** A scroll back up by at least this many px… */
const FLICK_PX = 200;
/** …within this many ms is a fast scroll up. */
const FLICK_MS = 300;
/** Read deep enough into the page to be engaged: this share of it, or this many px. */
const DEEP_SHARE = 0.3;
const DEEP_PX = 800;

/** Desktop: the pointer leaves the window through its top edge, towards the tabs and the address bar. */
const pointerExit = (win: Window, open: () => void): (() => void) => {
  const doc = win.document;
  const listen = { passive: true } as const;
  const stop = () => doc.removeEventListener('mouseout', onOut);
  function onOut(event: MouseEvent) {
    if (event.relatedTarget !== null || event.clientY > 0) return;
    stop();
    open();
  }
  doc.addEventListener('mouseout', onOut, listen);
  return stop;
};

/**
 * Touch screens have no pointer to leave the window, so two signs of leaving stand in, both
 * only once the person engaged with the page:
 * - a fast scroll back up (≥ 200px within 300ms) after reading ≥ 30% of the page or ≥ 800px:
 *   the flick people make towards the address bar or to go back;
 * - the tab hidden (another app or tab) after they engaged (read that deep, tapped or typed):
 *   the form opens when they come back, so `form_view` counts a form that was seen.
 */
const touchExit = (win: Window, now: () => number, open: () => void): (() => void) => {
  const doc = win.document;
  const listen = { passive: true } as const;
  let deep = false;
  let engaged = false;
  let away = false;
  const recent: { y: number; t: number }[] = [];
  const stop = () => {
    win.removeEventListener('scroll', onScroll);
    doc.removeEventListener('visibilitychange', onVisibility);
    for (const type of ['pointerdown', 'keydown']) doc.removeEventListener(type, onEngage);
  };
  const fire = () => {
    stop();
    open();
  };
  function onEngage() {
    engaged = true;
  }
  function onScroll() {
    const y = win.scrollY;
    const t = now();
    const range = doc.documentElement.scrollHeight - win.innerHeight;
    if (y >= DEEP_PX || (range > 0 && y / range >= DEEP_SHARE)) deep = engaged = true;
    // The page stood still between scroll events: the last sample before the window is where it was then.
    while (t - (recent[1]?.t ?? t) > FLICK_MS) recent.shift();
    recent.push({ y, t });
    if (deep && Math.max(...recent.map((sample) => sample.y)) - y >= FLICK_PX) fire();
  }
  function onVisibility() {
    if (doc.visibilityState === 'hidden') away ||= engaged;
    else if (away) fire();
  }
  win.addEventListener('scroll', onScroll, listen);
  doc.addEventListener('visibilitychange', onVisibility, listen);
  for (const type of ['pointerdown', 'keydown']) doc.addEventListener(type, onEngage, listen);
  return stop;
};

/**
 * Opens the form once when the person seems about to leave. With a fine pointer (desktop):
 * the pointer leaves through the top of the viewport (`mouseout` with no `relatedTarget` at
 * `clientY <= 0`). On touch screens (`(pointer: coarse)`), a fast scroll back up after reading
 * part of the page, or returning to the tab after hiding it post-engagement — see `touchExit`.
 * Returns the cleanup.
 */
export const exitIntentTrigger = (
  win: Window,
  options: ExitIntentTriggerOptions,
  open: () => void,
): (() => void) =>
  win.matchMedia?.('(pointer: coarse)').matches
    ? touchExit(win, options.now ?? Date.now, open)
    : pointerExit(win, open);
