/** One custom property the theme panel sets, with the library's light default (src/render/styles.ts). */
export interface ThemeProperty {
  readonly name: string;
  readonly label: string;
  readonly input: 'color' | 'length' | 'font';
  readonly fallback: string;
}

/** The main `--yl-*` properties, in the order the panel lists them; the ids are `theme-<name without --yl->`. */
export const themeProperties: readonly ThemeProperty[] = [
  { name: '--yl-accent', label: 'Accent (buttons, focus, progress)', input: 'color', fallback: '#1d4ed8' },
  { name: '--yl-accent-text', label: 'Text on the accent', input: 'color', fallback: '#ffffff' },
  { name: '--yl-fg', label: 'Text', input: 'color', fallback: '#1f2328' },
  { name: '--yl-bg', label: 'Background', input: 'color', fallback: '#ffffff' },
  { name: '--yl-radius', label: 'Corner radius', input: 'length', fallback: '6px' },
  { name: '--yl-font', label: 'Font family', input: 'font', fallback: '' },
];

/** The id of a property's input: `--yl-accent-text` → `theme-accent-text`. */
export const themeInputId = (name: string): string => `theme-${name.replace(/^--yl-/, '')}`;

/**
 * The CSS a page pastes to theme the form the snippet mounts: only the properties set, on the
 * snippet's target. A comment when none is set.
 */
export const themeCss = (formId: string, values: ReadonlyMap<string, string>): string => {
  const lines = [...values].map(([name, value]) => `  ${name}: ${value};`);
  return lines.length
    ? `#yesladder-${formId} {\n${lines.join('\n')}\n}\n`
    : '/* Change a value above: its CSS appears here. */\n';
};
