import type { FormHandle } from '../../../src/embed/form-handle';
import { mount } from '../../../src/embed/mount';
import type { FormConfig } from '../../../src/schema/config';
import type { Form } from '../../../src/schema/model';
import { element } from './dom';
import type { EventLog } from './event-log';
import { previewConfig } from './preview-config';

export interface PreviewParts {
  /** Where the form is mounted; the theme's custom properties are set on it. */
  readonly container: HTMLElement;
  /** Opens a popover or modal; a popover points at it. Hidden for an inline form. */
  readonly openButton: HTMLButtonElement;
  /** A polite status line about what the preview shows. */
  readonly status: HTMLElement;
  /** The A/B arm picker and its row, hidden without `variants`. */
  readonly armRow: HTMLElement;
  readonly arm: HTMLSelectElement;
}

export interface Preview {
  /** Shows a valid config (mounted again only when what it shows changed). `typing`: focus is in the editor. */
  show(config: FormConfig, form: Form, typing: boolean): void;
  /** The config has problems: the last valid one stays, said so. */
  stale(): void;
  destroy(): void;
}

/** Storage for one mount only: no draft, outbox or A/B arm outlives the preview it was made for. */
const memoryStorage = () => {
  const kept = new Map<string, string>();
  return {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  };
};

/**
 * The live preview: the config mounted with the full runtime, sending nothing (no `submit`,
 * no `analytics`, `onSubmit` a no-op, storage in memory), every event into the log. A popover
 * or modal is opened; a modal only when it would not take the keyboard from someone typing.
 */
export const createPreview = (parts: PreviewParts, log: EventLog): Preview => {
  const { container, openButton, status, armRow, arm: picker } = parts;
  const doc = container.ownerDocument;
  let handle: FormHandle | undefined;
  let shownKey: string | undefined;
  let shownMode: string | undefined;
  let last: { config: FormConfig; form: Form } | undefined;
  /** What the status says about the form shown, said again when a stale config is fixed. */
  let note = '';

  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };
  const settle = (text: string) => {
    note = text;
    say(text);
  };
  const syncArms = (names: readonly string[]) => {
    armRow.hidden = names.length === 0;
    const current = [...picker.options].map((option) => option.value);
    if (current.join('\n') === names.join('\n')) return;
    const chosen = picker.value;
    picker.replaceChildren(
      ...names.map((name) => Object.assign(element(doc, 'option', '', name), { value: name })),
    );
    if (names.includes(chosen)) picker.value = chosen;
  };

  const show = (config: FormConfig, form: Form, typing: boolean) => {
    last = { config, form };
    syncArms(form.variants.map((variant) => variant.name));
    const arm = form.variants.length ? picker.value : undefined;
    const mode = (form.variants.find((variant) => variant.name === arm)?.form ?? form).display.mode;
    const mounted = previewConfig(config, `#${openButton.id}`);
    const key = JSON.stringify([mounted, arm]);
    if (key === shownKey) return say(note);
    shownKey = key;
    handle?.destroy();
    log.clear();
    const focused = doc.activeElement;
    // `onEvent`, not `handle.on('*')`: the full runtime emits an inline form's form_view and
    // first step_view inside mount(), before an on() listener could be added.
    handle = mount(container, mounted as unknown, {
      onSubmit: () => {},
      onEvent: log.add,
      variant: arm,
      localStorage: memoryStorage(),
      sessionStorage: memoryStorage(),
    });
    if (handle.error) return settle(`The form could not be shown: ${handle.error.message}`);
    openButton.hidden = mode === 'inline';
    const modeChanged = mode !== shownMode;
    shownMode = mode;
    if (mode === 'inline') return settle('');
    if (mode === 'modal' && typing && !modeChanged)
      return settle('The modal stays closed while you type: press “Open the form” to see it.');
    handle.open();
    // A popover does not block the page: the keyboard goes back to the editor.
    if (typing && mode === 'popover' && focused && 'focus' in focused) (focused as HTMLElement).focus();
    settle(`Shown as a ${mode}, opened: Escape closes it, “Open the form” opens it again.`);
  };
  const open = () => handle?.open();
  const pick = () => last && show(last.config, last.form, false);
  openButton.addEventListener('click', open);
  picker.addEventListener('change', pick);

  return {
    show,
    stale: () =>
      say(
        last
          ? 'The config has problems: the preview still shows the last valid one.'
          : 'The config has problems: fix them to see the form.',
      ),
    destroy() {
      handle?.destroy();
      handle = undefined;
      openButton.removeEventListener('click', open);
      picker.removeEventListener('change', pick);
    },
  };
};
