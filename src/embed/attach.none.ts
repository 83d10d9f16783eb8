import { type FormHandle, inertHandle } from './form-handle';
import type { Mount } from './mount-options';
import { resolveTarget } from './resolve-target';

/**
 * The core script-tag builds' stand-in for `attach.ts` (`yesladder.js` with its runtime, and
 * `yesladder.global.js`): attach mode opens the ladder in a popover beside the page's own
 * form, so it ships with the popover build. Here it attaches nothing and says where it is,
 * and the page's form or link does what it always did. A page showing an inline form pays
 * for this much of attach mode, with the command and the scan that lead here.
 */
export const attachForm = ((target: Element | string): FormHandle => {
  const element = resolveTarget(target, 'attach');
  return inertHandle(
    element instanceof Error
      ? element
      : new Error(
          `yesladder: cannot attach to <${element.localName}${element.id ? ` id="${element.id}"` : ''}>: this build has no attach mode; load yesladder.popover.global.js. Nothing was attached; it works as before.`,
        ),
  );
}) as Mount;
