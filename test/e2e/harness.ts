import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import {
  type DemoServer,
  type ReceivedEvent,
  type ServerOptions,
  startServer,
} from '../../scripts/serve.mjs';
import { type PageWatch, watchPage } from './page-watch';
import { poll } from './poll';

/** A page in a context of its own (fresh storage), watched from before its first `goto`. */
export interface OpenedPage {
  readonly page: Page;
  readonly watch: PageWatch;
  readonly context: BrowserContext;
}

/** The demo server and Chromium that one test file shares, and a way to open pages in it. */
export interface Chromium {
  readonly server: DemoServer;
  readonly browser: Browser;
  /**
   * A new context with `options` (viewport, …) and a watched page in it; closed after the file.
   * The test that opened it fails if the page had an uncaught error or unhandled rejection
   * (nothing of ours may reach the page's `window.onerror`), unless `allowPageErrors` is set.
   */
  openPage(
    options?: BrowserContextOptions,
    watchOptions?: { allowPageErrors?: boolean },
  ): Promise<OpenedPage>;
}

/**
 * Starts the demo server and Chromium before the file's tests and closes both after them, with
 * every context `openPage` made. `server` is `ServerOptions`, or a function giving them when
 * they are known only once an earlier `beforeAll` has run (a folder it made, say).
 */
export function setupChromium(server: ServerOptions | (() => ServerOptions) = {}): Chromium {
  let demo: DemoServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let openedByTest: PageWatch[] = [];

  afterEach(() => {
    const watches = openedByTest;
    openedByTest = [];
    for (const watch of watches) {
      expect(
        watch.pageErrors,
        'uncaught errors reached the page (openPage allowPageErrors opts out)',
      ).toEqual([]);
    }
  });

  beforeAll(async () => {
    demo = await startServer(typeof server === 'function' ? server() : server);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await demo?.close();
  });

  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) {
      throw new Error(`setupChromium: ${name} is used before beforeAll ran; use it inside a test or hook.`);
    }
    return value;
  };

  return {
    get server() {
      return ready(demo, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    async openPage(options = {}, { allowPageErrors = false } = {}) {
      const context = await ready(browser, 'browser').newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      const watch = await watchPage(page);
      if (!allowPageErrors) openedByTest.push(watch);
      return { page, watch, context };
    },
  };
}

/** Fails on any console error, uncaught error or CSP violation the page has had. */
export function expectClean(watch: PageWatch): void {
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.pageErrors, 'uncaught errors').toEqual([]);
  expect(watch.cspViolations, 'CSP violations').toEqual([]);
}

/** The text of every console message of `type` ('warning', 'info', …) the page logs from now on. */
export function consoleMessages(page: Page, type: ReturnType<ConsoleMessage['type']>): string[] {
  const texts: string[] = [];
  page.on('console', (message) => {
    if (message.type() === type) texts.push(message.text());
  });
  return texts;
}

/** Lets the page finish a frame and a task, so positioning, focus moves and late console messages land. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
  );
}

/** The page's data layer as pushed so far (undefined fields, which clear stale keys, left out). */
export function dataLayerOf(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() =>
    JSON.parse(JSON.stringify((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? [])),
  );
}

/** The session the page's form runs, read from the data layer its config fills. */
export function sessionOf(page: Page): Promise<string> {
  return poll(
    () =>
      page.evaluate(
        () =>
          (window as unknown as { dataLayer?: { session_id?: string }[] }).dataLayer?.[0]?.session_id ?? '',
      ),
    Boolean,
  );
}

/** The events the beacon endpoint has received for one session, in arrival order. */
export function beaconEventsOf<Event extends ReceivedEvent>(server: DemoServer, session: string): Event[] {
  return (server.received.events as Event[]).filter((event) => event.session_id === session);
}
