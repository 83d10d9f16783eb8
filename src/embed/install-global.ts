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

/**
 * What the script-tag build does when it runs: sets `window.yesladder` (and its second
 * spelling `window.YesLadder`) to `created`, runs the calls the async snippet queued,
 * and, once the page is parsed, mounts its own tag's form and every placeholder.
 * A second copy of the script (the tag pasted twice, or another version) finds the first
 * one's global, leaves it and its queue alone, and hands its tag to the first copy.
 */
export const installGlobal = (created: YesLadderGlobal, script: HTMLScriptElement | null): void => {
  const first = window.YesLadder;
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
  window.yesladder = window.YesLadder = created;
  runQueued(created, stub);
  whenReady(() => {
    if (script) autoMount(script);
    autoMount();
  });
};
