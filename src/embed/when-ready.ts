/** Runs `run` once the document is parsed: now, or at `DOMContentLoaded` (a script in `<head>` runs before its targets exist). */
export const whenReady = (run: () => void): void => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
};

/** `document.querySelector`, but a malformed selector finds nothing instead of throwing into the page. */
export const query = (selector: string): Element | null => {
  try {
    return document.querySelector(selector);
  } catch {
    return null;
  }
};
