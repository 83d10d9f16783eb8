import type { Form } from '../schema/model';

export interface SnippetParts {
  /** Where the browser fetches the script-tag build. */
  readonly src: string;
  /** `sha384-…` of the file at `src`. */
  readonly integrity: string;
  /** The selector the form mounts into, or, with `attach`, of the page's form or button it attaches to. */
  readonly target: string;
  /** `yesladder('attach', …)`: the page's own form or button is the first step. @default false */
  readonly attach?: boolean;
  /** The config as written, inlined as JSON. */
  readonly config: unknown;
  readonly formId: string;
  readonly version: string;
}

/**
 * A value as JS source that is safe inside an inline `<script>`: JSON with every `<`
 * escaped, so a `</script>` or `<!--` in a string cannot end or change the script.
 */
export const scriptJson = (value: unknown, indent = 0): string =>
  JSON.stringify(value, null, indent || undefined)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The async loader: a queue named `yesladder` until the script arrives, then the script,
 * fetched with SRI. Where the page enforces Trusted Types, `script.src` takes a
 * TrustedScriptURL: a policy named `yesladder-loader` (the page allows it by name) makes one
 * for this URL and no other; with no Trusted Types, or the policy refused, `src` is the string.
 */
export const loaderScript = (src: string, integrity: string): string =>
  [
    '  // The yesladder loader: until the script arrives, yesladder(...) calls wait in yesladder.q.',
    '  window.yesladder = window.yesladder || function () { (yesladder.q = yesladder.q || []).push(arguments); };',
    '  (function (d, s, u) {',
    "    s = d.createElement('script');",
    `    u = ${scriptJson(src)};`,
    '    // Under Trusted Types, a policy named yesladder-loader vouches for this one URL only.',
    "    try { u = trustedTypes.createPolicy('yesladder-loader', { createScriptURL: function (x) { if (x === u) return x; throw x; } }).createScriptURL(u); } catch (e) {}",
    '    s.src = u;',
    `    s.integrity = ${scriptJson(integrity)};`,
    "    s.crossOrigin = 'anonymous';",
    '    d.head.appendChild(s);',
    '  })(document);',
  ].join('\n');

/**
 * The script-tag build a form's snippet loads: the split build (`yesladder.js`, which loads its
 * runtime from beside it), or the popover build, one file with the positioning, when the form
 * or any of its A/B arms is shown as a popover, or it attaches to the page's own form (attach
 * mode ships with the popover build).
 */
export const snippetFile = (form: Form, attach = false): 'yesladder.js' | 'yesladder.popover.global.js' =>
  attach || [form, ...form.variants.map((arm) => arm.form)].some((shown) => shown.display.mode === 'popover')
    ? 'yesladder.popover.global.js'
    : 'yesladder.js';

const cspSource = (src: string): string => {
  try {
    return new URL(src).origin;
  } catch {
    return "'self'";
  }
};

/**
 * The text of the snippet's inline `<script>`, exactly as printed: what a page's CSP hash
 * must be taken of (`'sha256-…'`, by `inlineScriptHash` in Node or WebCrypto in a browser).
 */
export const snippetScript = (parts: SnippetParts): string =>
  [
    '',
    loaderScript(parts.src, parts.integrity),
    `  yesladder('${parts.attach ? 'attach' : 'mount'}', ${scriptJson(parts.target)}, ${scriptJson(parts.config, 2).replace(/\n/g, '\n  ')});`,
    '',
  ].join('\n');

/**
 * The ready-to-paste HTML: a comment, the target `<div>` (for an `#id` target, unless the form
 * attaches to the page's own) and the inline script. `scriptHash` is the CSP source of
 * {@link snippetScript}'s text. No Node API, so the docs' playground prints the very same
 * snippet as `yesladder snippet`.
 */
export const renderSnippet = (parts: SnippetParts, scriptHash: string): string => {
  const id = /^#([A-Za-z][\w-]*)$/.exec(parts.target)?.[1];
  return [
    parts.attach
      ? `<!-- yesladder ${parts.version}: the form "${parts.formId}", attached to the page's own ${parts.target}. Paste it anywhere in that page.`
      : `<!-- yesladder ${parts.version}: the form "${parts.formId}". Paste it where the form should appear.`,
    `     Under a Content-Security-Policy, allow script-src ${scriptHash} ${cspSource(parts.src)}`,
    '     (the hash holds for this script exactly as printed). -->',
    ...(parts.attach
      ? []
      : [id ? `<div id="${id}"></div>` : '<!-- The form mounts into the element that matches --target. -->']),
    `<script>${snippetScript(parts)}</script>`,
    '',
  ].join('\n');
};
