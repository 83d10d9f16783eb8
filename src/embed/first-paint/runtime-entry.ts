import type { Handover } from './boot';
import { startRuntime } from './runtime';

type RuntimeTag = HTMLScriptElement & { yesladderHandover?: Handover };

/**
 * The runtime script's entry (see scripts/split-build.mjs): its tag carries the handover,
 * read while this script runs (its modules too), then let go.
 */
const tag = document.currentScript as RuntimeTag | null;
startRuntime(tag?.yesladderHandover);
if (tag) delete tag.yesladderHandover;
