import type { FrameFactory } from './frame';

/** The form where the page put it, always shown: opening and closing do nothing. */
export const inlineFrame: FrameFactory = (root) => {
  const container = root.ownerDocument.createElement('div');
  root.append(container);
  return {
    container,
    open() {},
    close() {},
    isOpen: () => true,
    destroy: () => container.remove(),
  };
};
