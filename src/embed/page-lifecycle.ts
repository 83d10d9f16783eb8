/**
 * Calls `onLeave` when the page is being left (`pagehide`) and `onHidden` when it is
 * hidden (`visibilitychange`), the last moments a beacon can still go out. Never
 * `unload`: it breaks the back/forward cache. Returns the cleanup.
 */
export const watchPageLifecycle = (win: Window, onLeave: () => void, onHidden: () => void): (() => void) => {
  const hidden = () => {
    if (win.document.visibilityState === 'hidden') onHidden();
  };
  win.addEventListener('pagehide', onLeave);
  win.document.addEventListener('visibilitychange', hidden);
  return () => {
    win.removeEventListener('pagehide', onLeave);
    win.document.removeEventListener('visibilitychange', hidden);
  };
};
