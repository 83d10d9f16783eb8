import type { SinkEvent } from '../events/types';
import type { FormConfig } from '../schema/config';
import type { AnswersOf } from '../schema/define-form';
import type { FormHandle } from './form-handle';
import type { MountOptions } from './mount-options';
import { mount } from './split-mount';

/** What the Preact and React components take, besides their element's `id` and class. */
export interface YesLadderOptions<C extends FormConfig> extends Omit<MountOptions<AnswersOf<C>>, 'onSubmit'> {
  /**
   * The form (from `defineForm`, or parsed JSON). A new object remounts the form, so keep
   * it stable: at module scope, or in `useMemo`.
   */
  readonly config: C;
  /** Receives each submission, as `mount`'s `onSubmit`. May change freely. */
  readonly onSubmit?: MountOptions<AnswersOf<C>>['onSubmit'];
  /**
   * Called with the form's handle once it runs in full (`answers()`, `goTo()`…), or was
   * refused (its `error` says why); not for a form unmounted before then. It is destroyed
   * on unmount.
   */
  readonly onReady?: (form: FormHandle<AnswersOf<C>>) => void;
}

/**
 * Mounts the form inside `element`, calling whatever callbacks `latest` holds at the
 * time, so a new inline callback needs no remount. Returns the cleanup.
 */
export const connectForm = <C extends FormConfig>(
  element: Element,
  latest: { readonly current: YesLadderOptions<C> },
): (() => void) => {
  // The rest are mount's own options (shadow, nonce, sessionId…), passed on as they are.
  const { config, onEvent, onSubmit, onReady, beforeSend, ...options } = latest.current;
  // Every callback is read when called, so a new inline function needs no remount.
  const form = mount(element, config, {
    ...options,
    onEvent: (event) => latest.current.onEvent?.(event),
    beforeSend: (event) => {
      const hook = latest.current.beforeSend;
      return hook ? hook(event) : (event as SinkEvent);
    },
    onSubmit: (answers, meta) => latest.current.onSubmit?.(answers, meta),
  });
  let live = true;
  form.ready.then(() => {
    if (live) latest.current.onReady?.(form);
  });
  return () => {
    live = false;
    form.destroy();
  };
};
