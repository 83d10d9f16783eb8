import { defaultMessages, type Messages } from '../validate/messages';
import { ar } from './ar';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import type { Locale } from './resolve-locale';

/**
 * Every shipped table, all in the core bundle: a script-tag page must be able to follow
 * `navigator.language` without a second request, and the five extra tables cost about
 * 2.4 KB gzip (measured; see .size-limit.js). Each is made when asked for: a page in one
 * language never holds the other four in memory.
 */
export const locales: Readonly<Record<Locale, () => Messages>> = {
  en: () => defaultMessages,
  de,
  fr,
  es,
  ar,
  ja,
};
