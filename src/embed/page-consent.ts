import type { Consent } from '../schema/config';

/** The DOM event `yesladder('consent', …)` dispatches on the document; every form there obeys it. */
export const consentEventName = 'yesladder:consent';

// What the page said, per document, for forms mounted after it spoke.
const said = /* @__PURE__ */ new WeakMap<Document, Consent>();

const sendsGpc = (doc: Document): boolean =>
  (doc.defaultView?.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl ===
  true;

/** A page's decision as a form takes it: only a yes or a no outranks Global Privacy Control. */
const decided = (doc: Document, consent: Consent): Consent =>
  consent === 'pending' && sendsGpc(doc) ? 'denied' : consent;

/**
 * Consent a new form starts with: what the page already said (`yesladder('consent', …)`),
 * else `denied` when the browser sends Global Privacy Control, else the config's. A page
 * that said `pending` leaves a GPC browser `denied`: only a yes from the page lifts it.
 */
export const initialConsent = (doc: Document, configured: Consent | undefined): Consent => {
  const page = said.get(doc);
  return page ? decided(doc, page) : sendsGpc(doc) ? 'denied' : (configured ?? 'granted');
};

/** Tells every form on the page, present and future, what the person decided. */
export const setPageConsent = (doc: Document, consent: Consent): void => {
  said.set(doc, consent);
  doc.dispatchEvent(new CustomEvent(consentEventName, { detail: consent }));
};

/** Calls `apply` whenever the page changes its consent; returns the cleanup. */
export const watchPageConsent = (doc: Document, apply: (consent: Consent) => void): (() => void) => {
  const listener = (event: Event) => apply(decided(doc, (event as CustomEvent<Consent>).detail));
  doc.addEventListener(consentEventName, listener);
  return () => doc.removeEventListener(consentEventName, listener);
};
