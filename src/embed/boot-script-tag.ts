import { config } from 'zod/mini';
import { createGlobal } from './global-api';
import { installGlobal } from './install-global';

/**
 * What a `<script>` build does when it runs. Its bundle carries its own zod, so switching
 * it to jitless touches no one else's: zod never probes `new Function`, which a strict CSP
 * reports. Called synchronously by the entry, while `document.currentScript` is its tag.
 */
export const bootScriptTag = (): void => {
  config({ jitless: true });
  installGlobal(createGlobal(), document.currentScript as HTMLScriptElement | null);
};
