import type { Handover } from './boot';
import { startRuntime } from './runtime';

/** The runtime script's entry (see scripts/script-builds.mjs): its tag carries the handover. */
startRuntime(
  (document.currentScript as (HTMLScriptElement & { yesladderHandover?: Handover }) | null)
    ?.yesladderHandover,
);
