import { createGlobal } from './global-api';
import { installGlobal } from './install-global';

/**
 * What a `<script>` build does when it runs. It leaves zod's config alone: zod keeps it on
 * `globalThis.__zod_globalConfig`, shared by every zod on the page, so setting `jitless` here
 * would flip the host app's zod too; and zod/mini's parsers never compile code, so there is
 * nothing to switch off (scripts/audit-dist.mjs fails the build if `new Function` appears).
 * Called synchronously by the entry, while `document.currentScript` is its tag.
 */
export const bootScriptTag = (): void => {
  installGlobal(createGlobal(), document.currentScript as HTMLScriptElement | null);
};
