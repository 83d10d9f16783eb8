import type { Display } from '../../schema/model';
import { watchRoutes } from '../route-changes';
import { clickTrigger } from './click';
import { delayTrigger } from './delay';
import { exitIntentTrigger } from './exit-intent';
import { scrollDepthTrigger } from './scroll-depth';
import { type SessionStore, sessionGuard } from './session-guard';

export interface WatchTriggersOptions {
  /** Opens the form; `from` is the clicked trigger, `null` for automatic triggers. */
  readonly open: (from: Element | null) => void;
  readonly isOpen: () => boolean;
  /** Where "already opened this session" is kept. @default win.sessionStorage (memory where it throws) */
  readonly storage?: SessionStore;
  /** The clock for exit intent's fast-scroll window. @default Date.now */
  readonly now?: () => number;
}

/** `*` in a `pages` pattern: any characters but `/`; `**`: any characters at all. */
const patternOf = (page: string): RegExp =>
  new RegExp(
    `^${page
      .split('**')
      .map((part) =>
        part
          .split('*')
          .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*'),
      )
      .join('.*')}$`,
  );

/** Whether the page at `path` is one where `pages` lets the triggers fire (any, without `pages`). */
export const onPages = (path: string, pages: readonly string[] | undefined): boolean =>
  !pages || pages.some((page) => patternOf(page).test(path));

/**
 * Arms the display's triggers and returns the cleanup. On a page `trigger.pages` leaves out,
 * none is armed. A click always opens (a closed
 * popover reopens on the next click). The automatic ones — delay, scroll depth, exit
 * intent — each fire at most once a page view, and not at all once the form was opened in
 * this session (by a trigger), unless `display.repeat`; a firing while the form is open is
 * spent without opening it again.
 */
export const watchTriggers = (
  win: Window,
  formId: string,
  display: Display,
  options: WatchTriggersOptions,
): (() => void) => {
  const { trigger, repeat } = display;
  if (!onPages(win.location.pathname, trigger.pages)) return () => {};
  const guard = sessionGuard(`yesladder:opened:${formId}`, () => options.storage ?? win.sessionStorage);
  const auto = () => {
    if (options.isOpen() || (!repeat && guard.seen())) return;
    guard.mark();
    options.open(null);
  };
  const stops: (() => void)[] = [];
  if (trigger.click !== undefined) {
    stops.push(
      clickTrigger(win, { selector: trigger.click }, (from) => {
        guard.mark();
        options.open(from);
      }),
    );
  }
  if (repeat || !guard.seen()) {
    if (trigger.delay !== undefined) stops.push(delayTrigger(win, { ms: trigger.delay }, auto));
    if (trigger.scroll !== undefined) stops.push(scrollDepthTrigger(win, { percent: trigger.scroll }, auto));
    if (trigger.exit) stops.push(exitIntentTrigger(win, { now: options.now }, auto));
  }
  return () => {
    for (const stop of stops) stop();
  };
};

/**
 * `watchTriggers` for a page that may be a single-page app: at each route change the last
 * page's pending triggers are cleared, the form closed if open (what it pointed at or offered
 * was that page's; its answers are kept) and the triggers armed again for the new page.
 */
export const watchTriggersAcrossRoutes = (
  win: Window,
  formId: string,
  display: Display,
  options: WatchTriggersOptions & { readonly close: () => void },
): (() => void) => {
  let disarm = watchTriggers(win, formId, display, options);
  const unroute = watchRoutes(win, () => {
    disarm();
    options.close();
    disarm = watchTriggers(win, formId, display, options);
  });
  return () => {
    unroute();
    disarm();
  };
};
