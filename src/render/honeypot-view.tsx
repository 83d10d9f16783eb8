import type { Form } from '../schema/model';

/** Names bots love to fill; the first no field of the form already uses. */
const names = ['website', 'url', 'homepage'];

/** The honeypot's `name`: one no field of `form` carries, so it can never clash with an answer. */
export const honeypotName = (form: Form): string =>
  names.find((name) => !form.steps.some((step) => step.fields.some((field) => field.name === name))) ??
  'yl-hp';

/**
 * A field for bots only: off-screen, hidden from assistive technology (`aria-hidden`),
 * out of the Tab order, never autofilled. Uncontrolled: the page reads it only when a
 * submission leaves, so a bot that sets `.value` without events is caught too.
 */
export const HoneypotView = ({ form, uid }: { form: Form; uid: string }) => (
  <div class="yl-hp" aria-hidden="true">
    <label for={`${uid}-_hp`}>Website</label>
    <input id={`${uid}-_hp`} name={honeypotName(form)} type="text" tabIndex={-1} autocomplete="off" />
  </div>
);
