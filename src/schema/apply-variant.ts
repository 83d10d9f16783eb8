import type { FormConfig, VariantConfig } from './config';

/** The arm of `config.variants` with this name: own keys only, so `constructor` is no arm. */
export const variantOf = (config: FormConfig, name: string): VariantConfig | undefined =>
  config.variants && Object.hasOwn(config.variants, name) ? config.variants[name] : undefined;

/**
 * The config one arm of an A/B test shows: the form's options with the arm's on top (each
 * a whole value: an arm's `steps` replace the form's), named after the arm, no `variants`.
 *
 * @example
 * applyVariant({ id: 'guide', steps, variants: { twostep: { steps: ladder } } }, 'twostep');
 * // → { id: 'guide', steps: ladder, variant: 'twostep' }
 */
export const applyVariant = (config: FormConfig, name: string): FormConfig => {
  const { variants: _arms, variant: _name, ...shared } = config;
  const { weight: _weight, ...arm } = variantOf(config, name) ?? {};
  return { ...shared, ...arm, variant: name };
};
