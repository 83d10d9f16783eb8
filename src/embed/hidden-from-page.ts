import { attributedFields, resolveHidden } from '../attribution/resolve-hidden';
import type { AnswerMap, Form } from '../schema/model';
import type { SessionStore } from './triggers/session-guard';

/**
 * The values of the form's hidden fields with `from`, read once from the page the form
 * mounts on: its URL, its referrer, and the visit's first touch in `storage` (by default
 * `sessionStorage`; where it is blocked, this page's values). A form without such fields
 * reads nothing.
 */
export const hiddenFromPage = (form: Form, win: Window | null, storage?: SessionStore): AnswerMap => {
  if (!win || !attributedFields(form).length) return {};
  let session = storage;
  try {
    session ??= win.sessionStorage;
  } catch {
    // Blocked storage throws on access: this page's values it is.
  }
  return resolveHidden(form, { url: win.location.href, referrer: win.document.referrer, storage: session });
};
