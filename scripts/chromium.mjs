// How the browser tests and `npm run bench` find and start Chromium. Plain Node, so the bench
// runs without a TypeScript loader. Neither ever downloads a browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Root in a container, and a closed network: no sandbox, no calls home. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_GET_ONE =
  'yesladder: no Chromium found. Install one with `apt-get install chromium` ' +
  '(or your OS package manager), or point YESLADDER_CHROMIUM=/path/to/chrome at an existing binary. ' +
  'The tests and the bench never download a browser.';

/** A Chromium shipped in an npm package (`@sparticuz/chromium`), if one happens to be installed. */
async function findPackagedChromium() {
  const name = '@sparticuz/chromium';
  try {
    const path = await (await import(name)).default?.executablePath?.();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path of a Chromium: `YESLADDER_CHROMIUM`, `CHROME_PATH`, the usual system paths, then
 * one from an npm package. Rejects with the install instructions when there is none.
 * @returns {Promise<string>}
 */
export async function resolveChromium() {
  for (const path of [process.env.YESLADDER_CHROMIUM, process.env.CHROME_PATH, ...SYSTEM_PATHS]) {
    if (path && existsSync(path)) return path;
  }
  const packaged = await findPackagedChromium();
  if (packaged) return packaged;
  throw new Error(HOW_TO_GET_ONE);
}

/**
 * Starts that Chromium headless, with the flags for a closed, root-run container.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium() {
  return chromium.launch({ executablePath: await resolveChromium(), args: [...CHROMIUM_ARGS] });
}
