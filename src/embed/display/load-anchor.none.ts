/** The core script-tag build's stand-in for `load-anchor.ts`: no popover code, so popovers fall back to a modal. */
export const loadAnchor = (): undefined => undefined;
