import { dress, type FrameFactory, focusedElement, focusStart } from './frame';

/**
 * A native `<dialog>` opened with `showModal()`: the top layer, the rest of the page inert
 * (so focus is trapped without a hand-made trap), Escape closes it (`cancel`, then `close`).
 * A click on the backdrop closes it, the page cannot scroll behind it, and focus goes back
 * to whatever opened it.
 */
export const modalFrame: FrameFactory = (root, options) => {
  const doc = root.ownerDocument;
  const html = doc.documentElement;
  const dialog = doc.createElement('dialog');
  dialog.classList.add('yl-modal');
  let opened = false;
  let opener: Element | null = null;
  let overflow = '';
  // Only a press that also began on the backdrop closes: a text selection dragged out must not.
  let pressedBackdrop = false;

  const close = () => {
    if (!opened) return;
    opened = false;
    chrome.hide(opener, () => {
      dialog.close();
      html.style.overflow = overflow;
    });
  };
  const chrome = dress(dialog, options, close);
  // Escape (and any other way the browser closes it) ends in `close`, a task later: by then
  // the form may have been opened again, and that dialog must stay.
  dialog.addEventListener('close', () => dialog.open || close());
  dialog.addEventListener('pointerdown', (event) => {
    pressedBackdrop = event.target === dialog;
  });
  // The dialog has no padding, so only its ::backdrop is a click on the dialog itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog && pressedBackdrop) close();
  });
  root.append(dialog);

  return {
    container: chrome.container,
    open(from) {
      if (opened && dialog.open) return;
      // Closed by the browser (Escape) with its `close` event still on its way: finish closing.
      if (opened) close();
      opener = from ?? focusedElement(doc);
      dialog.showModal();
      opened = true;
      overflow = html.style.overflow;
      html.style.overflow = 'hidden';
      focusStart(dialog, chrome.container);
    },
    close,
    isOpen: () => opened,
    destroy() {
      close();
      dialog.remove();
    },
  };
};
