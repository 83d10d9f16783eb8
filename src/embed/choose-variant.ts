import type { DraftStorage } from '../draft/safe-storage';
import { pickArm } from '../flow/assign-variant';
import type { Form } from '../schema/model';

export interface ChooseVariantOptions {
  /** Where the arm is remembered; reads and writes may throw (blocked storage). */
  readonly storage: DraftStorage;
  /** Shows this arm, remembering nothing (previews, QA). */
  readonly variant?: string;
  /** Assigns by this id instead of a random one. */
  readonly visitorId?: string;
  /** A random id, for a visitor seen for the first time. */
  readonly randomId: () => string;
}

/** Where a device remembers its arm of a form's A/B test: the arm's name, nothing else. */
export const variantKey = (formId: string): string => `yesladder:variant:${formId}`;

/**
 * The form a visitor sees: without `variants` the form itself; with them, the arm this
 * device was given before, or a new one by weight, remembered so it never flips.
 */
export const chooseVariant = (form: Form, options: ChooseVariantOptions): Form => {
  const arms = form.variants;
  if (!arms.length) return form;
  const named = (name: string | null | undefined) => arms.find((arm) => arm.name === name);
  if (options.variant !== undefined) {
    const forced = named(options.variant);
    if (forced) return forced.form;
    console.warn(
      `yesladder: variant "${options.variant}" is no arm of "${form.id}": ${arms.map((arm) => arm.name)}`,
    );
  }
  const key = variantKey(form.id);
  const kept = named(options.storage.getItem(key));
  if (kept) return kept.form;
  const arm =
    pickArm(form.id, options.visitorId ?? options.randomId(), arms) ?? (arms[0] as (typeof arms)[0]);
  options.storage.setItem(key, arm.name);
  return arm.form;
};
