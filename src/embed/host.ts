import { styles } from '../render/styles';

export interface Host {
  /** The element added to the page; everything yesladder renders is inside it. */
  readonly element: HTMLElement;
  /** Where the display frame goes: the open shadow root, or the element itself without one. */
  readonly root: ShadowRoot | HTMLElement;
  remove(): void;
}

const sheets = new Map<string, CSSStyleSheet>();

/** One constructed sheet per stylesheet text, shared by every instance; `undefined` where the browser has none. */
export const sharedSheet = (css: string): CSSStyleSheet | undefined => {
  let sheet = sheets.get(css);
  if (sheet) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
    return sheet;
  } catch {
    return undefined;
  }
};

/**
 * Adds our element to `target` and isolates it: an open shadow root (so host-page CSS
 * cannot reach in, nor ours out), styled by an adopted sheet, which strict CSPs allow,
 * or else a `<style>` carrying the page's nonce. Without a shadow root the sheet is
 * adopted by the document and removed again with the last instance.
 */
export const createHost = (
  target: Element,
  options: {
    shadow: boolean;
    nonce?: string;
    /** The form's styles and, for a popover or modal, its frame's. @default the form's */
    css?: string;
  },
): Host => {
  const css = options.css ?? styles;
  const doc = target.ownerDocument;
  const element = doc.createElement('div');
  element.setAttribute('data-yesladder-host', '');
  const root: ShadowRoot | HTMLElement = options.shadow ? element.attachShadow({ mode: 'open' }) : element;
  const adopter: DocumentOrShadowRoot = options.shadow ? (root as ShadowRoot) : doc;
  const adopted = sharedSheet(css);
  if (adopted && Array.isArray(adopter.adoptedStyleSheets)) {
    adopter.adoptedStyleSheets = [...adopter.adoptedStyleSheets, adopted];
  } else {
    const style = doc.createElement('style');
    if (options.nonce) style.nonce = options.nonce;
    style.textContent = css;
    root.append(style);
  }
  target.append(element);
  return {
    element,
    root,
    remove() {
      element.remove();
      if (!options.shadow && adopted && !doc.querySelector('[data-yesladder-host]')) {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== adopted);
      }
    },
  };
};
