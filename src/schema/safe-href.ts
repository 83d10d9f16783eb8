/** The schemes a config may link to: the web, email and phone. */
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;
const ANY_SCHEME = /^[a-z][\d+.a-z-]*:/i;

/**
 * Whether a URL from a config may become an `href`: http(s), mailto or tel, or with
 * `relative` also a URL on the page's own site (no scheme). Read as the URL standard reads
 * it, so `" java\tscript:"` is still `javascript:`: tabs and newlines dropped anywhere,
 * leading spaces and control characters dropped.
 */
export const isSafeHref = (url: string, relative = false): boolean => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the URL parser strips exactly these.
  const read = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return SAFE_SCHEME.test(read) || (relative && !ANY_SCHEME.test(read));
};
