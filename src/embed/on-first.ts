/**
 * Calls `run` once, at the first of `types` on `element` (a person reaching for a form: a
 * pointer over it, focus in it, a key), then listens no more. Returns the stop.
 */
export const onFirst = (element: EventTarget, types: readonly string[], run: () => void): (() => void) => {
  const stop = () => {
    for (const type of types) element.removeEventListener(type, first);
  };
  function first() {
    stop();
    run();
  }
  for (const type of types) element.addEventListener(type, first, { passive: true });
  return stop;
};
