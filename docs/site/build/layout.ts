import { escapeHtml } from './markdown';

/** The site's pages in its navigation, in order. */
export interface NavItem {
  readonly file: string;
  readonly nav: string;
}

/**
 * The site's own policy, in a meta tag so it holds on any static host: nothing runs or styles
 * the page but the site's files. The widget works under it (its styles are constructed
 * sheets, its config is JSON text), which is the promise the library makes to landing pages.
 */
export const SITE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; object-src 'none'";

export interface PageOptions {
  readonly file: string;
  readonly title: string;
  readonly body: string;
  readonly nav: readonly NavItem[];
  readonly version: string;
  /** Style sheets after the site's own, relative to the site's root. */
  readonly styles?: readonly string[];
  /** Scripts at the end of the body, relative to the site's root (classic, deferred). */
  readonly scripts?: readonly string[];
  /** Where the page lives under the site's root (`source/docs/` for a copied file): links go up from it. */
  readonly depth?: number;
  /** A page that needs the width (the playground's columns). */
  readonly wide?: boolean;
}

/** A whole page: the skip link, the header with the navigation, the page's body, the footer. */
export const page = (options: PageOptions): string => {
  const up = '../'.repeat(options.depth ?? 0);
  const links = options.nav
    .map(
      (item) =>
        `<li><a href="${up}${item.file}"${item.file === options.file ? ' aria-current="page"' : ''}>${escapeHtml(item.nav)}</a></li>`,
    )
    .join('');
  const styles = ['site.css', ...(options.styles ?? [])]
    .map((href) => `<link rel="stylesheet" href="${up}${href}">`)
    .join('\n    ');
  const scripts = (options.scripts ?? [])
    .map((src) => `<script src="${up}${src}" defer></script>`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${SITE_CSP}">
    <title>${escapeHtml(options.title)} · yesladder</title>
    <link rel="icon" href="data:,">
    ${styles}
    ${scripts}
  </head>
  <body>
    <a class="skip" href="#main">Skip to the content</a>
    <header class="site-header">
      <a class="brand" href="${up}index.html">yesladder <span class="version">${escapeHtml(options.version)}</span></a>
      <nav aria-label="Documentation"><ul>${links}</ul></nav>
    </header>
    <main id="main" tabindex="-1"${options.wide ? ' class="wide"' : ''}>
${options.body}
    </main>
    <footer class="site-footer">
      <p>yesladder ${escapeHtml(options.version)}. These pages are built from the repository by <code>npm run docs</code>
      and work offline: every script, style and form on them is served from this site.</p>
    </footer>
  </body>
</html>
`;
};
