import { h, render } from 'preact';
import { safeStorage } from '../draft/safe-storage';
import { createFanOut } from '../events/fan-out';
import { toSinkEvent } from '../events/pii';
import { type BeforeSend, createPipeline } from '../events/pipeline';
import type { YesLadderEvent } from '../events/types';
import { initialState } from '../flow/initial-state';
import { restoredState } from '../flow/restore';
import { skipPrefilled } from '../flow/skip-prefilled';
import type { Effect, FlowState } from '../flow/types';
import { locales } from '../i18n/locales';
import { resolveLocale } from '../i18n/resolve-locale';
import { allViews } from '../render/all-views';
import { FormView } from '../render/form-view';
import { laterStyles } from '../render/later-styles';
import { styles } from '../render/styles';
import type { Form } from '../schema/model';
import { parseForm } from '../schema/parse-form';
import { sinksFromConfig } from '../sinks/from-config';
import type { OutboxStorage } from '../submit/outbox';
import { addStyles } from './add-styles';
import type { Attachment } from './attach';
import { chooseVariant } from './choose-variant';
import { createDelivery } from './deliver';
import { displayStyles } from './display/display-styles';
import { frames } from './display/frames';
import type { PaintedForm } from './first-paint/painted-form';
import { type FormHandle, inertHandle } from './form-handle';
import { hiddenFromPage } from './hidden-from-page';
import { createHost } from './host';
import { hostEventSink } from './host-events';
import { openDraft } from './keep-draft';
import { lintInDev } from './lint-in-dev';
import { type Listener, listenerSink } from './listener-sink';
import { type Mount, type MountOptions, typedMount } from './mount-options';
import { onFirst } from './on-first';
import { initialConsent, watchPageConsent } from './page-consent';
import { watchPageLifecycle } from './page-lifecycle';
import { prefillFromPage } from './prefill-from-page';
import { ownCopy } from './prototype-shield';
import { resolveTarget } from './resolve-target';
import { createStore } from './store';
import { watchTriggersAcrossRoutes } from './triggers/watch-triggers';
import { warmUp } from './warm-up';

// The types of mount's API, importable from here as well.
export type { FormHandle, MountOptions };

let instances = 0;

/** Whether the view draws two states alike: it reads every part of a state but `touched`. */
const drawsAlike = (a: FlowState, b: FlowState): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('touched');
  return [...keys].every((key) => a[key as keyof FlowState] === b[key as keyof FlowState]);
};

const randomId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Shows a form inside `target` (an element or a selector). A bad config or target is
 * logged as one `console.error` and mounts nothing: it never throws into the page.
 *
 * @example
 * const form = mount('#signup', config, { onSubmit: (answers) => api.save(answers) });
 * form.on('lead_capture', () => console.log('we have a lead'));
 */
export const mount: Mount = typedMount((target, config, options = {}) => mountForm(target, config, options));

/**
 * The runtime of the split script build takes over a form its first script painted: the
 * same components render into the same container (Preact diffs in place, so focus and typed
 * text stay), and what the person did meanwhile is replayed at the times they did it.
 * A config the full check refuses is removed from the page and logged, as `mount` would.
 */
export const mountPainted = (painted: PaintedForm, options: MountOptions<never> = {}): FormHandle => {
  const handle = mountForm(painted.target, painted.config, options, painted);
  if (handle.error) painted.host.remove();
  return handle;
};

/**
 * `mount`, or the takeover of a `painted` form (what the split `mount` loads beside its first
 * paint), or, given `attach` (attach.ts's `planAttach`), `attach`: the form checked against
 * the page's own form or button, which then asks its first step.
 */
export function mountForm(
  target: Element | string,
  config: unknown,
  options: MountOptions<never>,
  painted?: PaintedForm,
  attach?: (element: Element, form: Form) => Attachment | Error,
): FormHandle {
  // Own keys only: a key a page wrote onto Object.prototype is no option of this config.
  const parsed = parseForm(ownCopy(config));
  if (!parsed.ok) return inertHandle(parsed.error);
  const element = resolveTarget(target, attach ? 'attach' : 'mount');
  if (element instanceof Error) return inertHandle(element);
  const doc = element.ownerDocument;
  const form = chooseVariant(parsed.form, {
    storage: safeStorage(() => options.localStorage ?? doc.defaultView?.localStorage),
    variant: options.variant,
    visitorId: options.visitorId,
    randomId,
  });
  lintInDev(form);
  // Attached to the page's own form or button, which asks the first step; a popover unless a modal is asked for.
  const attached = attach?.(element, form);
  if (attached instanceof Error) return inertHandle(attached);
  const mode = attached && form.display.mode === 'inline' ? 'popover' : form.display.mode;
  // While the first paint's actions are replayed, the clock says when each was done.
  let replaying: number | undefined;
  const clock = options.now ?? Date.now;
  const now = () => replaying ?? clock();
  const host =
    painted?.host ??
    createHost(element, {
      shadow: options.shadow ?? true,
      nonce: options.nonce,
      // A popover's or modal's frame has styles of its own; an inline form needs none of them.
      css: mode === 'inline' ? styles : styles + displayStyles(),
    });
  if (attached) {
    // Next in reading order after the page's form, taking no room in its layout.
    attached.element.after(host.element);
    host.element.style.display = 'contents';
  }
  const nav = element.ownerDocument.defaultView?.navigator;
  const language = resolveLocale([form.locale, nav?.language, ...(nav?.languages ?? [])]);
  const messages = { ...locales[language.locale](), ...form.messages };
  host.element.lang = language.lang;
  host.element.dir = language.dir;
  // What only the runtime draws (a review, the error summary, an alert) has its own sheet.
  const unstyle = addStyles(host.root, laterStyles);
  const uid = painted?.uid ?? `yl${++instances}`;
  const frame =
    painted?.frame ??
    frames[mode](host.root, {
      display: form.display,
      labelledBy: `${uid}:title`,
      closeLabel: messages.close,
      anchor: attached?.element,
    });
  const listeners = new Set<Listener>();
  if (options.onEvent) listeners.add({ name: '*', listener: options.onEvent as Listener['listener'] });
  const analytics = createPipeline([...sinksFromConfig(form.analytics), ...(options.sinks ?? [])], {
    beforeSend: options.beforeSend as BeforeSend | undefined,
    consent: initialConsent(doc, form.consent),
  });
  const unwatchConsent = watchPageConsent(doc, analytics.consent);
  // In-page only: the page's own listeners and DOM events, never gated or rewritten.
  const local = createFanOut<YesLadderEvent>([listenerSink(listeners), hostEventSink(host.element)]);
  let storage: OutboxStorage | undefined;
  try {
    storage = options.localStorage ?? doc.defaultView?.localStorage;
  } catch {}
  const win = doc.defaultView;
  const delivery = createDelivery(form, win, {
    onSubmit: options.onSubmit as MountOptions['onSubmit'],
    fetch: options.fetch,
    storage,
    now,
    trap: () => frame.container.querySelector<HTMLInputElement>('.yl-hp input')?.value ?? '',
    state: () => store.state(),
    report: (action) => store.send(action),
  });
  let destroyed = false;

  const run = (effect: Effect) => {
    if (effect.type === 'submit') delivery.submit(effect);
    if (effect.type !== 'emit') return;
    // A person back on a restored draft did the filling on an earlier visit: not timed.
    if (effect.event.name === 'form_view')
      delivery.started(draft.saved ? Number.NEGATIVE_INFINITY : effect.event.timestamp);
    const event = toSinkEvent(form, effect.event);
    local.emit(event);
    analytics.emit(event);
  };

  const draft = openDraft(form, doc.defaultView, now, options.localStorage && (() => options.localStorage));
  const sessionId = options.sessionId ?? randomId();
  // What the page knows: hidden fields' values, then the prefill (mount's option over the URL's).
  // A draft's answers are the person's own, later word: they win over both.
  const prefill = prefillFromPage(form, win, options.prefill);
  const page = { ...hiddenFromPage(form, win, options.sessionStorage), ...prefill };
  const initial = skipPrefilled(
    draft.saved ? restoredState(form, sessionId, draft.saved, page) : initialState(form, sessionId, page),
    prefill,
  );
  const store = createStore(
    // The page's own ask is there to answer: it is never passed over.
    attached && initial.skip
      ? { ...initial, skip: initial.skip.filter((id) => id !== form.steps[0]?.id) }
      : initial,
    run,
    now,
  );
  // A final submission kept in the outbox will be sent by itself: its draft must not bring
  // the person back to send it a second time, under a new key.
  const stopDraft = draft.keep(store, delivery.saved);
  const props = { send: store.send, messages, uid, views: allViews };
  let drawn: { state: FlowState; focus: unknown; saved: boolean } | undefined;
  const paint = () => {
    const state = store.state();
    const focus = store.focus();
    const saved = delivery.saved();
    // A blur on a good answer changes only `touched`, which nothing on screen shows.
    if (drawn && drawn.focus === focus && drawn.saved === saved && drawsAlike(drawn.state, state)) return;
    drawn = { state, focus, saved };
    render(
      h(FormView, {
        ...props,
        messages: saved
          ? { ...messages, submit_failed: `${messages.submit_failed} ${messages.submit_saved}` }
          : messages,
        state,
        focus,
      }),
      frame.container,
    );
  };
  // A painted form was shown when it was painted; what the person did since happens now, at
  // the times they did it, before the first render (which then shows its outcome in place).
  if (painted) {
    for (const { action, at } of [
      { action: { type: 'start' } as const, at: painted.shownAt },
      ...painted.actions,
    ]) {
      replaying = at;
      store.send(action);
    }
    replaying = undefined;
  }
  const unsubscribe = store.subscribe(paint);
  const unwatch = win
    ? watchPageLifecycle(
        win,
        () => {
          store.send({ type: 'abandon' });
          analytics.flush();
          delivery.leave();
        },
        () => analytics.flush(),
      )
    : () => {};
  paint();
  const stopWarming = warmUp(
    win,
    store,
    (state) => {
      // Off the page, with nothing to send to: the code of the step's view runs once. Not
      // for a form the page has taken away without destroying it.
      if (!host.element.isConnected) return;
      const box = doc.createElement('div');
      render(h(FormView, { ...props, send() {}, state }), box);
      render(null, box);
    },
    (then) => onFirst(attached?.element ?? host.element, ['pointerover', 'focusin'], then),
  );
  /** Shows the form (its first showing starts it: `form_view`); never throws into a page's click handler. */
  const open = (from?: Element | null) => {
    if (destroyed) return;
    // The first step of an attached form is asked by the page: that is where the person goes.
    if (attached?.asking(store.state())) return attached.focus();
    try {
      frame.open(from);
      store.send({ type: 'start' });
    } catch (error) {
      console.error('yesladder: the form could not be opened:', error);
    }
  };
  // An inline form is open from the start, an attached one's first step is on the page; a
  // popover or modal waits for a trigger or open().
  if (!painted && (attached || frame.isOpen())) store.send({ type: 'start' });
  const stopAttached =
    attached?.connect({ store, messages, open, close: frame.close, isOpen: frame.isOpen }) ?? (() => {});
  // A popover or modal: its triggers, armed again at each route change of a single-page app.
  // An attached one has the page's form for its trigger.
  const stopTriggers =
    win && !attached && !frame.isOpen()
      ? watchTriggersAcrossRoutes(win, form.id, form.display, {
          open,
          isOpen: frame.isOpen,
          close: frame.close,
          storage: options.sessionStorage,
        })
      : () => {};

  return {
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopDraft();
      stopWarming();
      stopTriggers();
      stopAttached();
      unsubscribe();
      unwatch();
      delivery.destroy();
      unwatchConsent();
      analytics.destroy();
      frame.destroy();
      unstyle();
      render(null, frame.container);
      host.remove();
      listeners.clear();
    },
    on(name, listener) {
      const entry = { name, listener: listener as Listener['listener'] };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    answers: () => ({ ...store.state().answers }),
    goTo(stepId) {
      if (!form.steps.some((step) => step.id === stepId && step.type !== 'thanks')) {
        console.warn(
          `yesladder: goTo(${JSON.stringify(stepId)}) names no step that can be shown. Step ids are: ${form.steps
            .filter((step) => step.type !== 'thanks')
            .map((step) => step.id)
            .join(', ')}.`,
        );
        return;
      }
      if (!destroyed) store.send({ type: 'go_to', stepId });
    },
    open: () => open(),
    close() {
      if (!destroyed) frame.close();
    },
    consent(consent) {
      if (!destroyed) analytics.consent(consent);
    },
    ready: Promise.resolve(),
  };
}
