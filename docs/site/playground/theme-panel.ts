import { contrastRatio } from './contrast';
import { copyText } from './copy-text';
import { themeCss, themeInputId, themeProperties } from './theme';

export interface ThemeParts {
  /** Where the properties are set: the preview's container (they inherit into the shadow root). */
  readonly target: HTMLElement;
  /** The read-only "Theme CSS" textarea, its copy button and its polite status. */
  readonly css: HTMLTextAreaElement;
  readonly copy: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly reset: HTMLButtonElement;
  /** Says the contrast of the chosen text colours on their backgrounds. */
  readonly contrast: HTMLElement;
}

export interface ThemePanel {
  /** The form the CSS is written for: `#yesladder-<id>`, the snippet's target. */
  formId(id: string): void;
  destroy(): void;
}

/** A CSS length as a radius takes it: `0`, or a non-negative number with a unit. */
const LENGTH = /^(?:0|\d*\.?\d+(?:px|rem|em|%|ch|vw|vh))$/;

const ratioText = (label: string, fg: string, bg: string): string => {
  const ratio = contrastRatio(fg, bg);
  if (ratio === undefined) return '';
  const verdict = ratio >= 4.5 ? 'meets' : 'fails';
  return `${label}: ${ratio.toFixed(1)}:1, ${verdict} WCAG AA for text (4.5:1).`;
};

/**
 * The theme panel: each input sets its `--yl-*` property on the preview's container (an empty
 * or unreadable value sets nothing, so the library's default, dark theme included, applies),
 * and the "Theme CSS" block shows what to paste for the properties set.
 */
export const createThemePanel = (doc: Document, parts: ThemeParts): ThemePanel => {
  const { target, css, copy, status, reset, contrast } = parts;
  const set = new Map<string, string>();
  let id = 'form';
  const inputs = themeProperties.map((property) => {
    const input = doc.getElementById(themeInputId(property.name));
    if (!(input instanceof (doc.defaultView?.HTMLInputElement ?? HTMLInputElement)))
      throw new Error(`yesladder playground: the page has no input #${themeInputId(property.name)}.`);
    return { property, input };
  });

  const render = () => {
    // In the panel's order, whatever order they were changed in.
    const ordered = themeProperties.flatMap(({ name }) => {
      const value = set.get(name);
      return value === undefined ? [] : [[name, value] as const];
    });
    css.value = themeCss(id, new Map(ordered));
    const value = (name: string) =>
      set.get(name) ?? themeProperties.find((p) => p.name === name)?.fallback ?? '';
    contrast.textContent = [
      ratioText('Text on the accent', value('--yl-accent-text'), value('--yl-accent')),
      ratioText('Text on the background', value('--yl-fg'), value('--yl-bg')),
    ]
      .filter(Boolean)
      .join(' ');
  };
  const apply = (name: string, raw: string, input: HTMLInputElement, kind: string) => {
    const value = raw.trim();
    const readable = value === '' || kind !== 'length' || LENGTH.test(value);
    input.setAttribute('aria-invalid', String(!readable));
    if (value && readable) {
      target.style.setProperty(name, value);
      set.set(name, value);
    } else {
      target.style.removeProperty(name);
      set.delete(name);
    }
    render();
  };
  const listeners = inputs.map(({ property, input }) => {
    const listener = () => apply(property.name, input.value, input, property.input);
    input.addEventListener('input', listener);
    return () => input.removeEventListener('input', listener);
  });
  const onReset = () => {
    for (const { property, input } of inputs) {
      input.value = property.input === 'color' ? property.fallback : '';
      input.removeAttribute('aria-invalid');
      target.style.removeProperty(property.name);
    }
    set.clear();
    render();
  };
  const onCopy = () => copyText(css, status, 'Theme CSS copied');
  reset.addEventListener('click', onReset);
  copy.addEventListener('click', onCopy);
  render();

  return {
    formId(next) {
      id = next;
      render();
    },
    destroy() {
      for (const stop of listeners) stop();
      reset.removeEventListener('click', onReset);
      copy.removeEventListener('click', onCopy);
    },
  };
};
