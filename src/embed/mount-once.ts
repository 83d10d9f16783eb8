import type { FormHandle } from './form-handle';
import { mount } from './mount';
import type { Mount, MountOptions } from './mount-options';

const MARK = 'data-yesladder-mounted';

/** Whether `element` already holds a form, mounted by this copy of yesladder or by another one. */
export const holdsForm = (element: Element): boolean =>
  element.hasAttribute(MARK) || !!element.querySelector(':scope > [data-yesladder-host]');

/**
 * `mount` (or `use`: `attach`), unless `target` already holds a form: the pasted paths (script
 * tag, placeholder, `yesladder('mount')`) run twice when a page pastes them twice or loads two
 * copies of the script. The target stays marked until the form is destroyed.
 */
export const mountOnce = (
  target: Element,
  config: unknown,
  options?: MountOptions,
  use: Mount = mount,
): FormHandle | undefined => {
  if (holdsForm(target)) return undefined;
  target.setAttribute(MARK, '');
  const handle = use(target, config, options);
  return {
    ...handle,
    destroy() {
      handle.destroy();
      target.removeAttribute(MARK);
    },
  };
};
