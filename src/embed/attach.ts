import { currentStep } from '../flow/progress';
import { sameAnswer } from '../flow/skip-prefilled';
import type { FlowState } from '../flow/types';
import type { Field, Form, Step, Value } from '../schema/model';
import { formatIssue, type Messages } from '../validate/messages';
import { mountForm, mountPainted } from './mount';
import { type Mount, typedMount } from './mount-options';
import type { Runtime } from './split-mount';
import type { Store } from './store';

/** A page's control for one field: an input, select or textarea, or a group of radios or tick boxes. */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | RadioNodeList;

/** What an attached form does with the flow and its frame once it runs. */
export interface AttachContext {
  readonly store: Store;
  readonly messages: Messages;
  /** Shows the frame (the rest of the ladder); `from` gets focus back when it closes. */
  open(from: Element): void;
  close(): void;
  isOpen(): boolean;
}

/** A form or button of the page, checked against the config: what `mount` needs to attach to it. */
export interface Attachment {
  /** The page's element the person acts on: the host goes right after it. */
  readonly element: HTMLElement;
  /** Starts listening to the page's element; returns the stop, which leaves it as it was. */
  connect(context: AttachContext): () => void;
  /** Puts the person back on the page's ask: focus on its first field, or its button. */
  focus(): void;
  /** Whether the flow is at the step the page asks (the first), not at one of the ladder's. */
  asking(state: FlowState): boolean;
}

/** Why `element` cannot be attached to: one error that names it and says the page is unchanged. */
const fail = (element: Element, why: string): Error =>
  new Error(
    `yesladder: cannot attach to <${element.localName}${element.id ? ` id="${element.id}"` : ''}>: ${why}. Nothing was attached; it works as before.`,
  );

/** The config's first step is not of the `type` the page's element stands for. */
const mismatch = (element: Element, type: string, step: Step): Error =>
  fail(
    element,
    `it stands for a first ${type} step, and the config's first step "${step.id}" is a ${step.type} step`,
  );

/**
 * `run` as a listener that throws nothing into the page: a problem of ours is logged, and
 * happens before `preventDefault`, so the page's form posts, or its link is followed, as before.
 */
const guarded =
  <E extends Event>(run: (event: E) => void) =>
  (event: E): void => {
    try {
      run(event);
    } catch (error) {
      console.error('yesladder: the attached form could not go on; the page’s own takes over:', error);
    }
  };

/** The first element of a control (a group's first radio): where its message and focus go. */
const first = (control: Control): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
  'localName' in control ? control : (control[0] as HTMLInputElement);

/** The answer a control holds, as the field of `field`'s kind would have it. */
const read = (control: Control, field: Field): Value | undefined => {
  const boxes = ('localName' in control ? [control] : Array.from(control)) as HTMLInputElement[];
  if (field.type === 'checkbox' && field.options.length)
    return boxes.filter((box) => box.checked).map((box) => box.value);
  if (field.type === 'checkbox' || field.type === 'consent') return boxes.some((box) => box.checked);
  const raw = control.value;
  if (field.type === 'number') return raw.trim() === '' ? undefined : Number(raw);
  return raw;
};

/**
 * Each shown field of `step`, paired with the page form's control of the same name (an email
 * field also takes the form's one `input[type=email]`), or the error naming the one missing.
 */
const bind = (form: HTMLFormElement, step: Step): [Field, Control][] | Error => {
  const pairs: [Field, Control][] = [];
  const emails = form.querySelectorAll<HTMLInputElement>('input[type=email]');
  for (const field of step.fields) {
    if (field.type === 'hidden') continue;
    const control =
      (form.elements.namedItem(field.name) as Control | null) ??
      (field.type === 'email' && emails.length === 1 ? emails[0] : null);
    if (!control)
      return fail(
        form,
        `the config's first step "${step.id}" asks for "${field.name}", and it has no field of that name`,
      );
    pairs.push([field, control]);
  }
  return pairs;
};

/**
 * Checks the page's `element` against the config's first step, which it stands for: a
 * `<form>` (or a submit button of one) asks a first step of fields, marked `lead: true`
 * because its submission is taken over and must be kept; a button or link (not in a form)
 * is a first `cta` step. Returns what `mount` attaches, or the error saying what does not fit.
 */
export const planAttach = (element: Element, ladder: Form): Attachment | Error => {
  const step = ladder.steps[0] as Step;
  const { localName } = element;
  const type = (element as HTMLInputElement).type;
  const button =
    localName === 'button' ||
    localName === 'a' ||
    (localName === 'input' && (type === 'submit' || type === 'button')) ||
    element.getAttribute('role') === 'button';
  // A submit button of a form that asks the first step's fields stands for that form.
  const form =
    localName === 'form'
      ? (element as HTMLFormElement)
      : step.type === 'fields' && button
        ? (element as HTMLButtonElement).form
        : null;
  if (form) {
    if (step.type !== 'fields') return mismatch(form, 'fields', step);
    // Its submission is taken over: what the person sends must be kept.
    if (!step.lead) return fail(form, `the config's first step "${step.id}" must be "lead": true`);
    const pairs = bind(form, step);
    return pairs instanceof Error ? pairs : formAttachment(form, step, pairs);
  }
  if (!button) return fail(element, 'attach a <form>, a button or a link');
  if (step.type !== 'cta') return mismatch(element, 'cta', step);
  return buttonAttachment(element as HTMLElement, step);
};

/**
 * Back from the second step lands on the first, which is on the page: the frame closes and
 * the person is put back on the page's ask.
 */
const backToPage = (context: AttachContext, step: Step, focus: () => void): (() => void) =>
  context.store.subscribe(() => {
    if (context.isOpen() && currentStep(context.store.state()).id === step.id) {
      context.close();
      focus();
    }
  });

/** Whether `state` is at `step`, the one the page asks. */
const at = (step: Step) => (state: FlowState) => currentStep(state).id === step.id;

const buttonAttachment = (button: HTMLElement, step: Step): Attachment => ({
  element: button,
  focus: () => button.focus(),
  asking: at(step),
  connect(context) {
    const onClick = guarded((event) => {
      if (currentStep(context.store.state()).id === step.id) context.store.send({ type: 'next' });
      event.preventDefault();
      context.open(button);
    });
    button.addEventListener('click', onClick);
    const stopBack = backToPage(context, step, () => button.focus());
    return () => {
      button.removeEventListener('click', onClick);
      stopBack();
    };
  },
});

const formAttachment = (form: HTMLFormElement, step: Step, pairs: [Field, Control][]): Attachment => {
  const focus = () => first((pairs[0] as [Field, Control])[1]).focus();
  return {
    element: form,
    focus,
    asking: at(step),
    connect(context) {
      const { store } = context;
      // What the page knows already (a prefill, a draft) goes into the page's empty fields.
      for (const [field, control] of pairs) {
        const known = store.state().answers[field.name];
        const box = first(control);
        if (typeof known === 'string' && known && 'localName' in control && !box.value) box.value = known;
      }
      let flagged: ReturnType<typeof first>[] = [];
      const unflag = () => {
        for (const control of flagged) control.setCustomValidity('');
        flagged = [];
      };

      const onSubmit = guarded((event: SubmitEvent) => {
        const values = pairs.map(([field, control]) => [field, read(control, field)] as const);
        const state = store.state();
        const onStep = currentStep(state).id === step.id;
        // Sent again with other answers: the ask is answered again, and the lead kept anew.
        if (!onStep && values.some(([field, value]) => !sameAnswer(state.answers[field.name], value)))
          store.send({ type: 'go_to', stepId: step.id });
        if (currentStep(store.state()).id === step.id) {
          for (const [field, value] of values) store.send({ type: 'answer', name: field.name, value });
          store.send({ type: 'next' });
        }
        event.preventDefault();
        const after = store.state();
        if (currentStep(after).id !== step.id) return context.open(event.submitter ?? form);
        // Our checks found a problem the browser's did not: said by the browser, on the page's field.
        unflag();
        for (const [field, control] of pairs) {
          const issue = after.errors[field.name];
          if (!issue) continue;
          const box = first(control);
          box.setCustomValidity(formatIssue(context.messages, issue));
          flagged.push(box);
        }
        flagged[0]?.reportValidity();
      });
      // Capturing: before the page's own listeners on the form, which then see `defaultPrevented`.
      form.addEventListener('submit', onSubmit, true);
      form.addEventListener('input', unflag);
      const stopBack = backToPage(context, step, focus);
      return () => {
        form.removeEventListener('submit', onSubmit, true);
        form.removeEventListener('input', unflag);
        unflag();
        stopBack();
      };
    },
  };
};

/**
 * Attaches a form to the page's own `<form>` (or a submit button of one), whose fields and
 * submit become its first step, or to a button or link, which becomes its first `cta` step.
 * When the person sends the page's form, its answers are checked and kept as the lead, and
 * the rest of the ladder opens beside it (a popover, or the config's modal). Until then, and
 * whenever the config does not fit the page (one `console.error`), the page's form or link
 * does what it always did. The script-tag global's and `yesladder('attach')`'s.
 *
 * @example
 * attachForm('#hero-form', config, { onSubmit: (answers) => api.save(answers) });
 */
export const attachForm: Mount = typedMount((target, config, options = {}) =>
  mountForm(target, config, options, undefined, planAttach),
);

/** What the npm `attach` loads (split-mount.ts): the runtime, mounting by attaching. */
export const attachRuntime: Runtime = {
  mountForm: (target, config, options) => mountForm(target, config, options, undefined, planAttach),
  mountPainted,
};
