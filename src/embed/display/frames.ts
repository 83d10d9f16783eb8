import type { DisplayMode } from '../../schema/config';
import type { FrameFactory } from './frame';
import { inlineFrame } from './inline-frame';
import { modalFrame } from './modal-frame';
import { popoverFrame } from './popover-frame';

/** One frame factory per display mode: mount asks the table, never switches on the mode. */
export const frames: Readonly<Record<DisplayMode, FrameFactory>> = {
  inline: inlineFrame,
  modal: modalFrame,
  popover: popoverFrame,
};
