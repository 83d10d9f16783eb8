import { attachForm } from './attach';
import type { FormHandle } from './form-handle';
import { mount } from './mount';
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
 * `root` that holds no form yet, and attaches every `<form data-yesladder-attach="#config-id">`
 * (or button or link) not attached yet: call it again after adding some. An element's
 * `data-prefill` (JSON) is its `prefill` option. Problems are logged, never thrown. Returns
 * the forms it mounted.
 *
 * @param from the script tag, or where to look for placeholders. @default document
 */
export const autoMount = (from?: HTMLScriptElement | ParentNode): FormHandle[] => {
  const handles: (FormHandle | undefined)[] = [];
  const root = from ?? document;
  if ((root as Element).localName === 'script') handles.push(mountScript(root as HTMLScriptElement));
  else {
    // Placeholders, and the page's own forms and buttons to attach to, in document order.
    for (const element of root.querySelectorAll<HTMLElement>('[data-yesladder],[data-yesladder-attach]')) {
      // A rescan, or another copy of the script, got here first.
      if (element.hasAttribute('data-yesladder-mounted')) continue;
      const name = element.hasAttribute('data-yesladder') ? 'data-yesladder' : 'data-yesladder-attach';
      const config = readConfig(element.getAttribute(name) ?? '', name);
      handles.push(
        config === undefined
          ? undefined
          : mountOnce(
              element,
              config,
              prefillOptions(element.dataset.prefill),
              name === 'data-yesladder' ? mount : attachForm,
            ),
      );
      element.setAttribute('data-yesladder-mounted', '');
    }
  }
  return handles.filter((handle) => handle !== undefined);
};
