/** The languages yesladder ships words for; `ar` is written right to left. */
export const localeTags = ['en', 'de', 'fr', 'es', 'ar', 'ja'] as const;
export type Locale = (typeof localeTags)[number];

const rightToLeft: readonly Locale[] = ['ar'];

export interface ResolvedLocale {
  /** The shipped table to use. */
  readonly locale: Locale;
  /** For the root's `lang`: the tag that matched, as given (`de-AT`), or `en`. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/** `de-AT`, `de_at` and `DE` all name the shipped `de`; anything else names nothing. */
export const shippedLocale = (tag: string | undefined): Locale | undefined => {
  const language = tag?.split(/[-_]/)[0]?.toLowerCase();
  return localeTags.find((locale) => locale === language);
};

/**
 * The first wish yesladder has words for, best match by language (`de-AT` → `de`):
 * wishes are the config's `locale`, then the browser's languages; `en` when none fits.
 */
export const resolveLocale = (wishes: readonly (string | undefined)[]): ResolvedLocale => {
  for (const wish of wishes) {
    const locale = shippedLocale(wish);
    if (locale && wish) return described(locale, wish.replace(/_/g, '-'));
  }
  return described('en', 'en');
};

const described = (locale: Locale, lang: string): ResolvedLocale => ({
  locale,
  lang,
  dir: rightToLeft.includes(locale) ? 'rtl' : 'ltr',
});
