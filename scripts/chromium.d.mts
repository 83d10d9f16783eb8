import type { Browser } from 'playwright-core';

/**
 * The path of a Chromium: `YESLADDER_CHROMIUM`, `CHROME_PATH`, the usual system paths, then
 * one from an npm package (`@sparticuz/chromium`). Rejects with the install instructions when
 * there is none.
 */
export function resolveChromium(): Promise<string>;

/** Starts that Chromium headless, with the flags for a closed, root-run container. */
export function launchChromium(): Promise<Browser>;
