export interface ClickTriggerOptions {
  /** Clicks on (or inside) any element matching this selector open the form. */
  readonly selector: string;
}

/**
 * Opens the form each time the page's own button is clicked: that click is the person's
 * first yes. One delegated listener on the document, in the capture phase so a page handler
 * that stops propagation cannot hide the click, and matching through shadow roots
 * (`composedPath`). `open` receives the matched element, to point at and return focus to.
 * An invalid selector is reported once and the listener removed. Returns the cleanup.
 */
export const clickTrigger = (
  win: Window,
  options: ClickTriggerOptions,
  open: (from: Element) => void,
): (() => void) => {
  const doc = win.document;
  const listen = { capture: true, passive: true } as const;
  const stop = () => doc.removeEventListener('click', onClick, true);
  function onClick(event: Event) {
    let found: Element | undefined;
    try {
      found = (event.composedPath() as Element[]).find(
        (node) => node.nodeType === 1 && node.matches(options.selector),
      );
    } catch {
      stop();
      console.warn(
        `yesladder: display.trigger.click ${JSON.stringify(options.selector)} is not a valid CSS selector, so no click opens the form.`,
      );
      return;
    }
    if (found) open(found);
  }
  doc.addEventListener('click', onClick, listen);
  return stop;
};
