import type { FormHandle } from './form-handle';
import { mountOnce } from './mount-once';
import { prefillOptions } from './prefill-options';
import { readConfig, readTag } from './read-config';

/** The tag's form, mounted where the tag says (see `readTag`), with its `data-prefill`. */
const mountScript = (script: HTMLScriptElement): FormHandle | undefined => {
  const tag = readTag(script);
  return tag && mountOnce(tag.target(), tag.config, prefillOptions(tag.prefill));
};

/**
 * Mounts what the page declares. Given a `<script data-config="#id" data-target="#el">`,
 * that tag's form. Otherwise every `<div data-yesladder="#config-id">` placeholder inside
 * `root` that holds no form yet: call it again after adding placeholders. A tag's or
 * placeholder's `data-prefill` (JSON) is its `prefill` option. Problems are logged, never
 * thrown. Returns the forms it mounted.
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
      handles.push(
        config === undefined
          ? undefined
          : mountOnce(placeholder, config, prefillOptions(placeholder.dataset.prefill)),
      );
      placeholder.setAttribute('data-yesladder-mounted', '');
    }
  }
  return handles.filter((handle) => handle !== undefined);
};
