import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where a system Chromium usually lives (Debian, Ubuntu, Google's packages). */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Root in a container, and a closed network: no sandbox, no calls home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_GET_ONE =
  'yesladder e2e: no Chromium found. Install one with `apt-get install chromium` ' +
  '(or your OS package manager), or point YESLADDER_CHROMIUM=/path/to/chrome at an existing binary. ' +
  'The tests never download a browser.';

/**
 * The path of an installed Chromium: `YESLADDER_CHROMIUM`, then `CHROME_PATH`, then the usual
 * system paths. Throws an Error that says how to get one when none exists.
 */
export function findChromium(): string {
  const fromEnv = [process.env.YESLADDER_CHROMIUM, process.env.CHROME_PATH];
  for (const path of [...fromEnv, ...SYSTEM_PATHS]) {
    if (path && existsSync(path)) return path;
  }
  throw new Error(HOW_TO_GET_ONE);
}

/** A Chromium shipped in an npm package (`@sparticuz/chromium`), if one happens to be installed. */
async function findPackagedChromium(): Promise<string | undefined> {
  // A variable specifier keeps TypeScript and bundlers from requiring the optional package.
  const name = '@sparticuz/chromium';
  try {
    const mod = (await import(name)) as { default?: { executablePath?: () => Promise<string> } };
    const path = await mod.default?.executablePath?.();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `findChromium()`, falling back to a Chromium from an npm package; rejects with the
 * install instructions when there is none.
 */
export async function resolveChromium(): Promise<string> {
  try {
    return findChromium();
  } catch (error) {
    const packaged = await findPackagedChromium();
    if (packaged) return packaged;
    throw error;
  }
}

/** Launches the installed Chromium headless with the flags for a closed, root-run container. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await resolveChromium(), args: [...CHROMIUM_ARGS] });
}
