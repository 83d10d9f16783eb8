import type { Display } from '../../schema/model';

/** Where the form lives on the page: always shown (inline), or opened and closed (popover, modal). */
export interface Frame {
  /** Where Preact renders the form. */
  readonly container: HTMLElement;
  /**
   * Shows the form and moves focus to its step heading. `from` is the element that opened
   * it (the clicked trigger): a popover points at it, and focus returns to it on close.
   * @default the focused element
   */
  open(from?: Element | null): void;
  /** Hides the form, returning focus to its opener when focus was inside. Idempotent. */
  close(): void;
  isOpen(): boolean;
  /** Closes, stops every listener and positioning, and removes the frame's nodes. */
  destroy(): void;
}

export interface FrameOptions {
  readonly display: Display;
  /** The id of the step heading, which names the dialog. */
  readonly labelledBy: string;
  /** The close button's accessible name. */
  readonly closeLabel: string;
  /** A popover's anchor when its `display.anchor` names none: the page's form it is attached to. */
  readonly anchor?: Element;
}

/** Builds a frame inside the host's root (its shadow root, or the host element itself). */
export type FrameFactory = (root: ShadowRoot | HTMLElement, options: FrameOptions) => Frame;

/** The element focus is on, followed into shadow roots; `null` for none or the body. */
export const focusedElement = (doc: Document): Element | null => {
  let element = doc.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element === doc.body ? null : element;
};

/** Whether focus is inside `frame`, or lost (on the body, or nowhere), where closing it would leave it. */
const focusInsideOrLost = (frame: HTMLElement): boolean => {
  const root = frame.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return active ? frame.contains(active) : focusedElement(frame.ownerDocument) === null;
};

/** The opened form's own first place for focus: its step heading (focusable, `tabindex=-1`). */
export const focusStart = (frame: HTMLElement, container: HTMLElement): void => {
  (container.querySelector<HTMLElement>('h2[tabindex]') ?? frame).focus({ preventScroll: true });
};

/**
 * The chrome both dialogs share: `frame` holds the form's container and, after it in
 * reading order (the heading comes first), a close button with an accessible name.
 * Returns the container and a `hide(opener, close)` that runs `close` and hands focus back.
 */
export const dress = (
  frame: HTMLElement,
  options: FrameOptions,
  onClose: () => void,
): { container: HTMLElement; hide(opener: Element | null, close: () => void): void } => {
  const doc = frame.ownerDocument;
  const container = doc.createElement('div');
  container.className = 'yl-sheet';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'yl-close';
  button.setAttribute('aria-label', options.closeLabel);
  button.textContent = '×';
  button.addEventListener('click', onClose);
  frame.classList.add('yl-frame');
  frame.setAttribute('aria-labelledby', options.labelledBy);
  frame.append(container, button);
  return {
    container,
    hide(opener, close) {
      // Decide before hiding: a hidden frame loses focus to the body either way.
      const giveBack = focusInsideOrLost(frame);
      close();
      if (giveBack && opener?.isConnected) (opener as HTMLElement).focus?.();
    },
  };
};
