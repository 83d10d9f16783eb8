import { modules } from 'yesladder:first-modules';
import { boot } from './boot';

/** The runtime's SRI hash, written in by the build (scripts/split-build.mjs). */
declare const __YESLADDER_RUNTIME_INTEGRITY__: string;

boot(modules, __YESLADDER_RUNTIME_INTEGRITY__);
