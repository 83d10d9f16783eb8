/**
 * A single-page app's route changes, for the forms that must forget a page when the app leaves
 * it (pending triggers, an open popover). Where the browser has the Navigation API, its
 * `currententrychange` event says so (pushState, replaceState, back and forward alike) and
 * nothing of the page is touched. Elsewhere `history.pushState` and `replaceState` are wrapped,
 * once per window and never unwrapped (another script may have wrapped them after us), and
 * `popstate` is heard. `route()` says so explicitly, for routers these miss.
 */

type Heard = (explicit: boolean) => void;

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
}

/** Every window's listeners, so one wrapper serves every form on it. */
const watchers = new WeakMap<Window, Set<Heard>>();

const listen = (win: Window): Set<Heard> => {
  const known = watchers.get(win);
  if (known) return known;
  const heard = new Set<Heard>();
  watchers.set(win, heard);
  const tell = () => {
    for (const listener of [...heard]) listener(false);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', tell);
    return heard;
  }
  win.addEventListener('popstate', tell);
  const history = win.history;
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    if (typeof original !== 'function') continue;
    history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      tell();
      return result;
    };
  }
  return heard;
};

/** The part of the URL a route is: its path and query (a `#hash` moves within a page). */
const routeOf = (win: Window): string => win.location.pathname + win.location.search;

/**
 * Calls `changed` when the page's route changes (its path or query), or when `route()` is
 * called for `win`. Returns the stop.
 */
export const watchRoutes = (win: Window, changed: () => void): (() => void) => {
  const heard = listen(win);
  let at = routeOf(win);
  const listener: Heard = (explicit) => {
    const now = routeOf(win);
    if (!explicit && now === at) return;
    at = now;
    changed();
  };
  heard.add(listener);
  return () => {
    heard.delete(listener);
  };
};

/**
 * Tells every form on the page that the app has moved to another page, for a router that
 * changes the page without `history.pushState` (or to start a page view again on purpose):
 * their pending triggers are cleared and armed again for this page, an open popover closes.
 */
export const route = (win: Window | undefined = globalThis.window): void => {
  if (!win) return;
  for (const listener of [...(watchers.get(win) ?? [])]) listener(true);
};
