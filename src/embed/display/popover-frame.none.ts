import type { FrameFactory } from './frame';
import { modalFrame } from './modal-frame';

let warned = false;

/**
 * The core script-tag build's stand-in for `popover-frame.ts`: it has no popover code (no
 * positioning, no floating-ui), so a popover is shown as a modal, with one warning.
 */
export const popoverFrame: FrameFactory = (root, options) => {
  if (!warned) {
    warned = true;
    console.warn(
      'yesladder: this build has no popover positioning, so the popover is shown as a modal. Load yesladder.popover.global.js instead of yesladder.global.js to show it beside its anchor.',
    );
  }
  return modalFrame(root, options);
};
