import type { FormHandle } from './form-handle';
import { mountOnce } from './mount-once';
import { query } from './when-ready';

/** The JSON config in the element `ref` points at, or undefined after one console error. */
const readConfig = (ref: string, where: string): unknown => {
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

/** The tag's form: into `data-target` (a selector), or a new element right after the script. */
const mountScript = (script: HTMLScriptElement): FormHandle | undefined => {
  const ref = script.dataset.config;
  if (!ref || script.hasAttribute('data-yesladder-mounted')) return undefined;
  script.setAttribute('data-yesladder-mounted', '');
  const config = readConfig(ref, 'data-config');
  if (config === undefined) return undefined;
  const selector = script.dataset.target;
  let target = selector ? query(selector) : null;
  if (selector && !target) {
    console.error(`yesladder: data-target="${selector}" matches no element on this page.`);
    return undefined;
  }
  if (!target) {
    target = document.createElement('div');
    script.after(target);
  }
  return mountOnce(target, config);
};

/**
 * Mounts what the page declares. Given a `<script data-config="#id" data-target="#el">`,
 * that tag's form. Otherwise every `<div data-yesladder="#config-id">` placeholder inside
 * `root` that holds no form yet: call it again after adding placeholders. Problems are
 * logged, never thrown. Returns the forms it mounted.
 *
 * @param from the script tag, or where to look for placeholders. @default document
 */
export const autoMount = (from?: HTMLScriptElement | ParentNode): FormHandle[] => {
  const handles: (FormHandle | undefined)[] = [];
  const root = from ?? document;
  if ((root as Element).localName === 'script') handles.push(mountScript(root as HTMLScriptElement));
  else {
    for (const placeholder of root.querySelectorAll<HTMLElement>('[data-yesladder]')) {
      const ref = placeholder.dataset.yesladder ?? '';
      // A rescan, or another copy of the script, got here first.
      if (placeholder.hasAttribute('data-yesladder-mounted')) continue;
      const config = readConfig(ref, 'data-yesladder');
      handles.push(config === undefined ? undefined : mountOnce(placeholder, config));
      placeholder.setAttribute('data-yesladder-mounted', '');
    }
  }
  return handles.filter((handle) => handle !== undefined);
};
