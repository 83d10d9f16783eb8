import { createGlobal } from '../global-api';
import { installGlobal } from '../install-global';
import { mountPainted } from '../mount';
import { mountOnce } from '../mount-once';
import { prefillOptions } from '../prefill-options';
import { whenReady } from '../when-ready';
import type { Handover } from './boot';

/**
 * `yesladder.runtime.js`, the second part of the split script build, loaded by `yesladder.js`
 * from beside it: the whole runtime. It becomes the page's `window.yesladder` (running the
 * calls that waited), takes over every form the first script painted, and mounts the ones it
 * left (placeholders it could not paint, popovers, other languages…).
 */
export const startRuntime = (handover: Handover | undefined): void => {
  installGlobal(createGlobal(), null);
  // After the first script's own scan of the parsed page (its whenReady callback came first).
  whenReady(() => {
    const tag = handover?.tag;
    if (tag) mountOnce(tag.target(), tag.config, prefillOptions(tag.prefill));
  });
  handover?.takeOver((painted) => {
    mountPainted(painted, painted.options);
  });
};
