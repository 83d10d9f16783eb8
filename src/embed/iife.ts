import { config } from 'zod/mini';
import { autoMountWhenReady } from './auto-mount';
import { api } from './global-api';

/**
 * The `<script>` entry: the only module that writes a global, and the only one with
 * work at load time. This bundle carries its own zod, so switching it to jitless
 * touches no one else's: zod never probes `new Function`, which a strict CSP reports.
 */
config({ jitless: true });

declare global {
  interface Window {
    YesLadder?: typeof api;
  }
}

// A second copy of the script (twice on the page, or another version) keeps the first one's global.
window.YesLadder ??= api;
autoMountWhenReady(document.currentScript as HTMLScriptElement | null);
