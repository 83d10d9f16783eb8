/** UTF-8 text as base64url (RFC 4648 §5, no padding): safe in a URL as it is. */
export const toBase64Url = (text: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** The text `toBase64Url` encoded; throws on anything that is not base64url of UTF-8. */
export const fromBase64Url = (encoded: string): string => {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
};

/**
 * A link that opens the playground on `config`: `playground.html#config=<base64url of its JSON>`.
 * In the fragment, so the config is never sent to the server and no log keeps it.
 *
 * @example
 * playgroundLink({ id: 'quiz', steps: [...] }, '../playground.html'); // → '../playground.html#config=eyJpZCI6…'
 */
export const playgroundLink = (config: unknown, base = 'playground.html'): string =>
  `${base}#config=${toBase64Url(JSON.stringify(config))}`;

/**
 * The config text a playground URL carries in `#config=` or `?config=` (the fragment first),
 * `undefined` when it carries none, or an `Error` when it cannot be read.
 */
export const configFromUrl = (url: string): string | Error | undefined => {
  const { hash, search } = new URL(url, 'https://playground.invalid/');
  const encoded =
    new URLSearchParams(hash.slice(1)).get('config') ?? new URLSearchParams(search).get('config');
  if (encoded === null) return undefined;
  try {
    return fromBase64Url(encoded);
  } catch {
    return new Error('the link’s config is not base64url-encoded UTF-8 text');
  }
};
