import type { FormHandle } from '../embed/form-handle';
import { mount } from '../embed/mount';
import type { FormConfig } from '../schema/config';
import type { AnswersOf } from '../schema/define-form';
import { missing, readConfigAttribute, stillParsing } from './read-config';

// Node has no HTMLElement: a stand-in base keeps this module importable during server rendering.
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

/**
 * `<yes-ladder>`: mounts a form inside itself when connected and destroys it when
 * disconnected. The config comes from the `config` property (an object) or the `config`
 * attribute (a selector of a `<script type="application/json">`, or inline JSON starting
 * with `{`); whichever was set last wins, and setting either remounts the form. Events
 * bubble out of it as `yesladder:<name>` and `yesladder:event` DOM events. Defined as
 * `yes-ladder` by `yesladder/element`; define it under another name with
 * `customElements.define('my-form', class extends YesLadderElement {})`.
 */
export class YesLadderElement<C extends FormConfig = FormConfig> extends Base {
  static readonly observedAttributes = ['config'];
  #config: C | undefined;
  #fromProperty = false;
  #handle: FormHandle<AnswersOf<C>> | undefined;
  #waiting: (() => void) | undefined;

  /** The config in use: the one set as a property, or the one the attribute points at. */
  get config(): C | undefined {
    return this.#config;
  }

  set config(value: C | undefined) {
    this.#config = value;
    this.#fromProperty = value !== undefined;
    this.#remount();
  }

  connectedCallback(): void {
    // A framework may have set `config` before the element was defined: take it over.
    if (Object.getOwnPropertyDescriptor(this, 'config')) {
      const value = (this as { config?: C }).config;
      delete (this as { config?: C }).config;
      this.config = value;
      return;
    }
    this.#remount();
  }

  disconnectedCallback(): void {
    this.#unmount();
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    if (previous === next) return;
    this.#fromProperty = false;
    this.#remount();
  }

  /** A copy of the answers so far (empty before the form is mounted). */
  answers(): AnswersOf<C> {
    return this.#handle?.answers() ?? ({} as AnswersOf<C>);
  }

  /** Shows the step with this id. */
  goTo(stepId: string): void {
    this.#handle?.goTo(stepId);
  }

  /** Opens a popover or modal form (an inline form is always open). */
  open(): void {
    this.#handle?.open();
  }

  /** Closes a popover or modal form, keeping its answers. */
  close(): void {
    this.#handle?.close();
  }

  #remount(): void {
    this.#unmount();
    if (!this.isConnected) return;
    if (!this.#fromProperty) {
      const attribute = this.getAttribute('config');
      if (attribute === null) return;
      const parsing = stillParsing(this);
      const read = readConfigAttribute(this, attribute, parsing);
      if (read === missing) {
        // The config script may sit below the element: look again once the page is parsed.
        const retry = () => this.#remount();
        this.ownerDocument.addEventListener('DOMContentLoaded', retry, { once: true });
        this.#waiting = () => this.ownerDocument.removeEventListener('DOMContentLoaded', retry);
        return;
      }
      if (read === undefined) return;
      this.#config = read as C;
    }
    if (this.#config !== undefined) this.#handle = mount(this, this.#config);
  }

  #unmount(): void {
    this.#waiting?.();
    this.#waiting = undefined;
    this.#handle?.destroy();
    this.#handle = undefined;
  }
}
