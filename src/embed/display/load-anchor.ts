/** Loads the popover positioning (and @floating-ui/dom) only where a popover is mounted: a lazy chunk in ESM builds. */
export const loadAnchor = (): Promise<typeof import('../../position/anchor')> =>
  import('../../position/anchor');
