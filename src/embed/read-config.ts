import { query } from './when-ready';

/** The JSON config in the element `ref` points at, or undefined after one console error. */
export const readConfig = (ref: string, where: string): unknown => {
  const source = query(ref);
  if (!source) {
    console.error(
      `yesladder: ${where}="${ref}" matches no element. Point it at a <script type="application/json" id="…"> holding the config.`,
    );
    return undefined;
  }
  try {
    return JSON.parse(source.textContent ?? '');
  } catch (error) {
    console.error(`yesladder: the config in ${ref} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
};

/** A script tag's form: its config, where it goes, and its `data-prefill` (JSON, unread). */
export interface TagForm {
  readonly config: unknown;
  readonly target: () => Element;
  readonly prefill?: string;
}

/**
 * A `<script data-config="#id" data-target="#el">` tag's form, read once (the tag is marked):
 * its config, and where it goes, into `data-target` (a selector) or a new element right
 * after the tag, made when `target()` is first called, and its `data-prefill`. Undefined
 * after one console error, or when the tag has no form or was read already.
 */
export const readTag = (script: HTMLScriptElement): TagForm | undefined => {
  const ref = script.dataset.config;
  if (!ref || script.hasAttribute('data-yesladder-mounted')) return undefined;
  script.setAttribute('data-yesladder-mounted', '');
  const config = readConfig(ref, 'data-config');
  if (config === undefined) return undefined;
  const selector = script.dataset.target;
  const found = selector ? query(selector) : null;
  if (selector && !found) {
    console.error(`yesladder: data-target="${selector}" matches no element on this page.`);
    return undefined;
  }
  let made: Element | undefined;
  return {
    config,
    prefill: script.dataset.prefill,
    target() {
      if (found) return found;
      if (!made) {
        made = document.createElement('div');
        script.after(made);
      }
      return made;
    },
  };
};
