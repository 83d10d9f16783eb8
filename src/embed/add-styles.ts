import { sharedSheet } from './host';

/** How many forms use each sheet, per document or shadow root that adopted it. */
const users = new WeakMap<DocumentOrShadowRoot, Map<string, number>>();

/**
 * Adds a sheet of `css` where the host put the form's: adopted by the shadow root (or by the
 * document without one, counted so it goes with its last user), else a `<style>` with the
 * nonce of the host's own `<style>`. Returns its removal.
 */
export const addStyles = (root: ShadowRoot | HTMLElement, css: string): (() => void) => {
  const doc = root.ownerDocument;
  const adopter: DocumentOrShadowRoot = root.nodeType === 11 ? (root as ShadowRoot) : doc;
  const sheet = sharedSheet(css);
  if (sheet && Array.isArray(adopter.adoptedStyleSheets)) {
    const counts = users.get(adopter) ?? new Map<string, number>();
    users.set(adopter, counts);
    const count = counts.get(css) ?? 0;
    counts.set(css, count + 1);
    if (!count) adopter.adoptedStyleSheets = [...adopter.adoptedStyleSheets, sheet];
    return () => {
      const left = (counts.get(css) ?? 1) - 1;
      counts.set(css, left);
      if (!left) adopter.adoptedStyleSheets = adopter.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = doc.createElement('style');
  const nonce = root.querySelector('style')?.nonce;
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.append(style);
  return () => style.remove();
};
