/**
 * Copies the text of a read-only textarea with the async Clipboard API and says how it went in
 * `status` (a polite live region). Where the browser refuses (no permission, no secure
 * context), the text is selected so it can be copied by hand.
 */
export const copyText = async (
  source: HTMLTextAreaElement,
  status: HTMLElement,
  done: string,
): Promise<void> => {
  const clipboard = source.ownerDocument.defaultView?.navigator.clipboard;
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(source.value);
    status.textContent = done;
  } catch {
    status.textContent =
      'Could not copy here: the text is selected below, copy it by hand (Ctrl+C, or ⌘C on a Mac).';
    source.focus();
    source.select();
  }
};
