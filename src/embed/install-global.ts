import { autoMount } from './auto-mount';
import { runQueued } from './command-queue';
import type { YesLadderGlobal } from './global-api';
import { whenReady } from './when-ready';

declare global {
  interface Window {
    /** The script-tag build's command function and API; before it loads, the async snippet's queue. */
    yesladder?: YesLadderGlobal | ((...args: unknown[]) => void);
    /** The same object as `window.yesladder`. */
    YesLadder?: YesLadderGlobal;
  }
}

/** Whether `value` is a yesladder global (any copy's), not a loader stub or a page's own `YesLadder`. */
const isOurs = (value: unknown): value is YesLadderGlobal =>
  typeof value === 'function' && typeof (value as Partial<YesLadderGlobal>).autoMount === 'function';

/**
 * What the script-tag build does when it runs: sets `window.yesladder` (and its second
 * spelling `window.YesLadder`, unless the page already uses that name for something of its
 * own, which is left alone) to `created`, runs the calls the async snippet queued,
 * and, once the page is parsed, mounts its own tag's form and every placeholder.
 * A second copy of the script (the tag pasted twice, or another version) finds the first
 * one's global, leaves it and its queue alone, and hands its tag to the first copy.
 */
export const installGlobal = (created: YesLadderGlobal, script: HTMLScriptElement | null): void => {
  const first = [window.yesladder, window.YesLadder].find(isOurs);
  if (first) {
    console.info(
      `yesladder: yesladder ${created.version} loaded on a page where yesladder ${first.version} already runs; ${first.version} keeps the page. Load the script once.`,
    );
    whenReady(() => {
      // Another version's code: whatever it does, this copy throws nothing into the page.
      try {
        if (script) first.autoMount(script);
        first.autoMount();
      } catch {}
    });
    return;
  }
  const stub = window.yesladder;
  window.yesladder = created;
  if (window.YesLadder === undefined) window.YesLadder = created;
  else
    console.warn('yesladder: window.YesLadder belongs to this page; yesladder is on window.yesladder only.');
  runQueued(created, stub);
  whenReady(() => {
    if (script) autoMount(script);
    autoMount();
  });
};
