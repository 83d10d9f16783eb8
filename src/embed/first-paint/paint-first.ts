import { h, render } from 'preact';
import { emptyState } from '../../flow/empty-state';
import { resolveLocale } from '../../i18n/resolve-locale';
import { FormView } from '../../render/form-view';
import { choiceStep } from '../../render/steps/choice-step';
import { ctaStep } from '../../render/steps/cta-step';
import { fieldsStep } from '../../render/steps/fields-step';
import type { ViewAction, ViewSet } from '../../render/view-types';
import type { FormConfig } from '../../schema/config';
import type { Form } from '../../schema/model';
import { normalizeArm } from '../../schema/normalize';
import { type Messages, viewMessages } from '../../validate/messages';
import { inlineFrame } from '../display/inline-frame';
import { createHost } from '../host';
import { ownCopy } from '../prototype-shield';
import type { PaintedForm } from './painted-form';

/** How a first paint is made: the host's isolation, the clock, and what to do when the person acts. */
export interface PaintOptions {
  readonly shadow: boolean;
  readonly nonce?: string;
  /** The DOM ids' prefix. */
  readonly uid: string;
  readonly now: () => number;
  /** Where a saved draft would be: a form with one waits for the runtime, which brings it back. */
  readonly storage: () => Pick<Storage, 'getItem'> | undefined;
  /** Called at each action the person takes (typing is also shown at once). */
  readonly onAction: () => void;
}

/**
 * The views a first step can need: its controls (a config's first step asks something: a
 * button, fields or a choice, never a review or a thanks) and no error summary, since a
 * failed Next is the runtime's.
 */
const firstViews: ViewSet = { steps: { cta: ctaStep, fields: fieldsStep, choice: choiceStep } };

/**
 * Whether `form` (one arm) can be painted as the runtime will first show it: inline, no draft
 * to bring back, in English (the only words the first paint carries), a first step it has
 * the view of.
 */
const paintable = (form: Form, language: string, storage: PaintOptions['storage']): boolean => {
  const first = form.steps[0];
  if (!first || !firstViews.steps[first.type]) return false;
  if (form.display.mode !== 'inline' || language !== 'en') return false;
  try {
    return !storage()?.getItem(`yesladder:draft:${form.id}`);
  } catch {
    return true;
  }
};

/**
 * Paints `config`'s first step into `where()` with the runtime's own components, before the
 * runtime is here, and keeps what the person does with the time they did it. Returns
 * `undefined`, having added nothing to the page, when the runtime must show the form itself:
 * a config that cannot even be read, a popover, another language, an A/B test, a draft, a
 * config whose `prefill` reads the URL (a `prefill` option or `data-prefill` is the caller's
 * to check).
 * Used by the split script build's first script and by the npm `mount`.
 */
export const paintFirst = (
  where: () => Element,
  config: unknown,
  options: PaintOptions,
): PaintedForm | undefined => {
  let form: Form;
  try {
    const own = ownCopy(config) as FormConfig;
    // An A/B test's arm is chosen by the runtime; so are the answers a URL may prefill.
    if (own.variants || own.prefill) return undefined;
    form = normalizeArm(own);
  } catch {
    return undefined;
  }
  const nav = globalThis.navigator;
  const language = resolveLocale([form.locale, nav?.language, ...(nav?.languages ?? [])]);
  if (!paintable(form, language.locale, options.storage)) return undefined;
  const target = where();
  const host = createHost(target, { shadow: options.shadow, nonce: options.nonce });
  host.element.lang = language.lang;
  host.element.dir = language.dir;
  const { uid, now } = options;
  // The checks' words are the runtime's: a first paint shows no error (its state has none).
  const messages = { ...viewMessages, ...form.messages } as Messages;
  const frame = inlineFrame(host.root, { display: form.display, labelledBy: '', closeLabel: '' });
  const actions: { action: ViewAction; at: number }[] = [];
  // What the runtime's first render shows too: hidden fields carry values, but show nothing.
  let state = emptyState(form, '');
  const draw = () => render(h(FormView, { state, send, messages, uid, views: firstViews }), frame.container);
  function send(action: ViewAction) {
    actions.push({ action, at: now() });
    // Typing is shown as it is typed; everything else waits for the runtime.
    if (action.type === 'answer') {
      state = { ...state, answers: { ...state.answers, [action.name]: action.value } };
      draw();
    }
    options.onAction();
  }
  try {
    draw();
  } catch {
    host.remove();
    return undefined;
  }
  return {
    target,
    config,
    host,
    frame,
    uid,
    shownAt: now(),
    actions,
    answers: () => ({ ...state.answers }),
  };
};
