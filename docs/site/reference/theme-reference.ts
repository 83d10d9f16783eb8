import { styles } from '../../../src/render/styles';

/** One `--yl-*` custom property: its defaults as the style sheet falls back to them. */
export interface ThemeProperty {
  readonly name: string;
  /** The light theme's fallback; empty when there is none (the page's value is inherited). */
  readonly light: string;
  /** The `prefers-color-scheme: dark` fallback, when the dark theme changes it. */
  readonly dark?: string;
  readonly description: string;
}

/** What each property sets; a property missing here renders with no words, which a test refuses. */
const descriptions: Readonly<Record<string, string>> = {
  '--yl-accent':
    'Buttons, focus rings, the progress bar, ticked boxes, the hovered or chosen option and the Back link.',
  '--yl-accent-text': 'Text on the accent: the label of the main button.',
  '--yl-fg': 'The text colour.',
  '--yl-muted': 'Hints and the progress text.',
  '--yl-error':
    'Error messages, the required mark, the outline of an invalid field, and the error summary and failed-send alert.',
  '--yl-border': 'Borders of inputs, options and review rows, and (faded) the track of the progress bar.',
  '--yl-radius': 'Corner radius of the form, inputs, buttons, options and the progress bar.',
  '--yl-gap': "Space between a step's parts, and the form's padding.",
  '--yl-bg': 'Background of the form and its inputs.',
  '--yl-max-width': 'The widest the form grows.',
  '--yl-font': "The font family; without it, the form inherits the page's font.",
};

const DARK = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/;

/** The text from `open` (an index just past a `{` or `(`) to its matching close, exclusive. */
const balanced = (css: string, open: number, pair: '{}' | '()'): string => {
  let depth = 1;
  for (let i = open; i < css.length; i++) {
    if (css[i] === pair[0]) depth++;
    else if (css[i] === pair[1] && --depth === 0) return css.slice(open, i);
  }
  return css.slice(open);
};

/** Each `var(--yl-…, fallback)` in `css`, first use first: name → fallback ('' for none). */
const fallbacks = (css: string): Map<string, string> => {
  const found = new Map<string, string>();
  for (const match of css.matchAll(/var\(\s*(--yl-[\w-]+)/g)) {
    const inner = balanced(css, (match.index ?? 0) + 4, '()');
    const comma = inner.indexOf(',');
    const name = match[1] as string;
    if (!found.has(name)) found.set(name, comma < 0 ? '' : inner.slice(comma + 1).trim());
  }
  return found;
};

/** The `--yl-*` properties of the widget's style sheet, in the order it first uses them. */
export const themeProperties = (): ThemeProperty[] => {
  const dark = DARK.exec(styles);
  const darkCss = dark ? balanced(styles, dark.index + dark[0].length, '{}') : '';
  const lightCss = dark
    ? styles.slice(0, dark.index) + styles.slice(dark.index + dark[0].length + darkCss.length + 1)
    : styles;
  const darkDefaults = fallbacks(darkCss);
  return [...fallbacks(lightCss)].map(([name, light]) => {
    const description = descriptions[name] ?? '';
    const inDark = darkDefaults.get(name);
    return inDark === undefined ? { name, light, description } : { name, light, dark: inDark, description };
  });
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const value = (css: string): string => (css ? `<code>${escapeHtml(css)}</code>` : 'none (inherited)');

const INTRO =
  'The widget exposes no <code>::part()</code> names: its custom properties, set on the host element or any ancestor, are the theming API. ' +
  'They inherit into its shadow root, and every default meets WCAG 2.2 AA contrast (text 4.5:1, borders and focus rings 3:1) in the light theme and in the dark one <code>prefers-color-scheme: dark</code> switches to; keep that true when you change them.';

/** The theming reference: what each custom property sets and its light and dark defaults. */
export const themeReference = (): string => {
  const rows = themeProperties().map(
    ({ name, light, dark, description }) =>
      `<tr id="theme-${name.slice(2)}"><th scope="row"><code>${escapeHtml(name)}</code></th>` +
      `<td>${value(light)}</td><td>${dark === undefined ? 'as light' : value(dark)}</td>` +
      `<td>${escapeHtml(description)}</td></tr>`,
  );
  return [
    `<p>${INTRO}</p>`,
    '<table><thead><tr><th scope="col">Property</th><th scope="col">Light default</th>' +
      '<th scope="col">Dark default</th><th scope="col">What it sets</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
};
