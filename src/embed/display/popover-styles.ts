import { addStyles } from '../add-styles';

/**
 * The popover's own CSS, in the popover build only (the core build shows a popover as a
 * modal). At 640px wide or less it is a bottom sheet: full width, fixed to the bottom edge
 * above the home indicator, rounded top corners, at most 85% of the screen high with its
 * step scrolling inside. `!important` beats the anchored position, which is written on the
 * element itself; it comes back when the viewport widens (the anchoring also runs on resize).
 */
export const popoverStyles = `@media (max-width:640px){
.yl-frame.yl-pop[popover]{inset:auto 0 0!important;margin:0;width:auto;max-width:none}
.yl-pop .yl-sheet{max-height:85vh;max-height:85dvh;overscroll-behavior:contain;border-radius:calc(2*var(--yl-radius,6px)) calc(2*var(--yl-radius,6px)) 0 0;box-shadow:0 -8px 32px rgb(0 0 0/.28)}
.yl-pop .yl-sheet>.yl{border-radius:inherit;padding-bottom:calc(var(--g) + env(safe-area-inset-bottom,0px))}
.yl-pop .yl-arrow{display:none}}`;

/** Adds the popover's sheet where the host put the form's; returns its removal. */
export const addPopoverStyles = (root: ShadowRoot | HTMLElement): (() => void) =>
  addStyles(root, popoverStyles);
