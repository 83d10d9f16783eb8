/** Loads the popover positioning (and @floating-ui/dom) only when a popover opens: a lazy chunk in ESM builds. */
export const loadAnchor = (): Promise<typeof import('../../position/anchor')> | undefined =>
  import('../../position/anchor');
