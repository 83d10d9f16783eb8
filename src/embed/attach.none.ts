import type { Form } from '../schema/model';
import type { Attachment } from './attach';

/**
 * The core script-tag builds' stand-in for `attach.ts` (`yesladder.js` with its runtime, and
 * `yesladder.global.js`): attach mode opens the ladder in a popover beside the page's own
 * form, so it ships with the popover build. Here it attaches nothing and says where it is,
 * and the page's form or link does what it always did. Every byte of it is paid by pages
 * that show an inline form; this is about a hundred.
 */
export const planAttach = (element: Element, _ladder: Form): Attachment | Error =>
  new Error(
    `yesladder: cannot attach to <${element.localName}${element.id ? ` id="${element.id}"` : ''}>: this build has no attach mode; load yesladder.popover.global.js. Nothing was attached; it works as before.`,
  );
