import type { AnswerMap } from '../schema/model';
import { paintFirst } from './first-paint/paint-first';
import { type FormHandle, inertHandle } from './form-handle';
import { type Listener, listenerSink } from './listener-sink';
import { type Mount, type MountOptions, typedMount } from './mount-options';
import { resolveTarget } from './resolve-target';

/** The rest of the runtime, loaded beside the first paint. */
export interface Runtime {
  mountForm(target: Element, config: unknown, options: MountOptions<never>): FormHandle;
  mountPainted: typeof import('./mount')['mountPainted'];
}

let instances = 0;

/**
 * Shows a form inside `target` (an element or a selector). Its first step is painted at once
 * (an inline, English form with no A/B test, saved draft or prefill), and the rest of the runtime is
 * loaded beside it: `ready` settles when it runs. A bad config or target is logged as one
 * `console.error` and mounts nothing; it never throws into the page.
 *
 * @example
 * const form = mount('#signup', config, { onSubmit: (answers) => api.save(answers) });
 * form.on('lead_capture', () => console.log('we have a lead'));
 */
export const mount: Mount = typedMount((target, config, options = {}) =>
  splitMount(target, config, options, () => import('./mount')),
);

/**
 * Attaches a form to the page's own `<form>` (its fields and submit are the first step) or
 * to a button or link (the first, `cta`, step): sent, the answers are checked and kept as the
 * lead, and the rest of the ladder opens in a popover beside it (or the config's modal).
 * The runtime is loaded first; until it runs, and when the config does not fit the page (one
 * `console.error`), the page's form posts to its own `action` as before.
 *
 * @example
 * attach('#hero-form', config, { onSubmit: (answers) => api.save(answers) });
 */
export const attach: Mount = typedMount((target, config, options = {}) =>
  splitMount(target, config, options, () => import('./attach').then((module) => module.attachRuntime), true),
);

/**
 * `mount` (or, `attaching`, `attach`), with the way the rest of the runtime is loaded given
 * (tests give one that fails). Until it is here the handle keeps what it is asked: listeners
 * hear every event from the first `form_view`, and `goTo`, `open`, `close` and `consent` are
 * applied in order once it runs.
 */
export const splitMount = (
  target: Element | string,
  config: unknown,
  options: MountOptions<never>,
  load: () => Promise<Runtime>,
  attaching?: boolean,
): FormHandle => {
  const element = resolveTarget(target, attaching ? 'attach' : 'mount');
  if (element instanceof Error) return inertHandle(element);
  const listeners = new Set<Listener>();
  const heard = listenerSink(listeners);
  if (options.onEvent) listeners.add({ name: '*', listener: options.onEvent as Listener['listener'] });
  const waiting: ((form: FormHandle) => void)[] = [];
  let full: FormHandle | undefined;
  let error: Error | undefined;
  let destroyed = false;
  // Answers given up front (and the steps they may skip) are the runtime's to show.
  // An attached form's first step is the page's own: nothing to paint.
  const painted =
    options.prefill || attaching
      ? undefined
      : paintFirst(() => element, config, {
          shadow: options.shadow ?? true,
          nonce: options.nonce,
          uid: `yl-first${++instances}`,
          now: options.now ?? Date.now,
          storage: () => options.localStorage ?? element.ownerDocument.defaultView?.localStorage,
          onAction() {},
        });
  const withFull = (use: (form: FormHandle) => void) => (full ? use(full) : waiting.push(use));

  const ready = load().then(
    (runtime) => {
      if (destroyed) return;
      const given: MountOptions<never> = { ...options, onEvent: heard.send };
      full = painted ? runtime.mountPainted(painted, given) : runtime.mountForm(element, config, given);
      error = full.error;
      for (const use of waiting.splice(0)) use(full);
    },
    (cause: unknown) => {
      painted?.host.remove();
      if (destroyed) return;
      destroyed = true;
      error = new Error(`yesladder: the rest of the form's runtime could not load (${String(cause)}).`);
      console.error(error.message, cause);
    },
  );

  return {
    destroy() {
      if (full) return full.destroy();
      destroyed = true;
      painted?.host.remove();
      listeners.clear();
    },
    on(name, listener) {
      const entry = { name, listener: listener as Listener['listener'] };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    answers: () => (full?.answers() ?? painted?.answers() ?? {}) as AnswerMap,
    goTo: (stepId) => withFull((form) => form.goTo(stepId)),
    open: () => withFull((form) => form.open()),
    close: () => withFull((form) => form.close()),
    consent: (consent) => withFull((form) => form.consent(consent)),
    ready,
    get error() {
      return error;
    },
  };
};
