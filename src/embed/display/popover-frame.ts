import type { AnchorOptions } from '../../position/anchor';
import { dress, type FrameFactory, focusedElement, focusStart } from './frame';
import { loadAnchor } from './load-anchor';
import { addPopoverStyles } from './popover-styles';

type Anchor = (floating: HTMLElement, reference: Element, options: AnchorOptions) => () => void;

/** `querySelector`/`matches` with the page's selector, which may be invalid: then no match. */
const attempt = <T>(find: () => T): T | null => {
  try {
    return find();
  } catch {
    return null;
  }
};

/**
 * A `popover="manual"` element in the top layer, placed beside its anchor by
 * `position/anchor.ts` (loaded lazily) and kept there while the page scrolls or resizes.
 * Manual, not auto: a form is not a menu, so a stray click on the page must not hide it
 * (only Escape or its close button do), and the page's own auto popovers neither close it
 * nor are closed by it. On a narrow screen its own sheet (`popover-styles.ts`) makes it a
 * bottom sheet. The core script-tag build, which has no popover code, swaps this module for
 * `popover-frame.none.ts` (a modal, with one warning).
 */
export const popoverFrame: FrameFactory = (root, options) => {
  let place: Anchor | undefined;
  // Started at mount, not at first open, so the person's click is not kept waiting.
  const ready = loadAnchor().then(
    (module) => {
      place = module.anchor;
    },
    (error: unknown) => console.warn('yesladder: no popover positioning (shown centred):', error),
  );

  const { display } = options;
  const doc = root.ownerDocument;
  const element = doc.createElement('div');
  element.classList.add('yl-pop');
  element.setAttribute('popover', 'manual');
  element.setAttribute('role', 'dialog');
  element.hidden = true;
  const arrow = doc.createElement('div');
  arrow.className = 'yl-arrow';
  let opened = false;
  let opener: Element | null = null;
  // Each opening gets a number, so a positioning that loads late never anchors a closed or reopened popover.
  let session = 0;
  let unanchor = () => {};

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) close();
  };
  const close = () => {
    if (!opened) return;
    opened = false;
    session++;
    doc.removeEventListener('keydown', onKey);
    unanchor();
    unanchor = () => {};
    chrome.hide(opener, () => {
      element.hidePopover?.();
      element.hidden = true;
    });
  };
  const chrome = dress(element, options, close);
  // Before the sheet, so the sheet (painted later) covers the arrow's inner half.
  element.prepend(arrow);
  const unstyle = addPopoverStyles(root);
  root.append(element);

  /**
   * The clicked trigger when it is the anchor, else the first element matching the anchor
   * selector, else the page's form the popover is attached to.
   */
  const referenceFor = (from: Element | null): Element | null => {
    const selector = display.anchor;
    if (!selector) return options.anchor ?? null;
    if (from && attempt(() => from.matches(selector))) return from;
    return attempt(() => doc.querySelector(selector));
  };

  const anchorTo = (reference: Element | null, mine: number) => {
    if (!reference) {
      // Nothing to point at: the popover stays centred (its default CSS).
      delete element.dataset.side;
      return;
    }
    element.dataset.side = display.placement.split('-')[0];
    const go = () => {
      if (!place || mine !== session || !opened) return;
      unanchor = place(element, reference, { placement: display.placement, arrow });
    };
    if (place) go();
    else ready.then(go);
  };

  return {
    container: chrome.container,
    open(from) {
      if (opened) return;
      opener = from ?? focusedElement(doc);
      element.hidden = false;
      element.showPopover?.();
      opened = true;
      anchorTo(referenceFor(from ?? null), ++session);
      doc.addEventListener('keydown', onKey);
      focusStart(element, chrome.container);
    },
    close,
    isOpen: () => opened,
    destroy() {
      close();
      element.remove();
      unstyle();
    },
  };
};
