import type { DisplayConfig, FormConfig, VariantConfig } from '../../../src/schema/config';

/** The options that would reach the world, and the triggers that watch the page: none in the preview. */
const quiet = <C extends VariantConfig>(options: C, anchor: string): C => {
  const { submit: _submit, analytics: _analytics, display, ...rest } = options;
  if (!display) return rest as C;
  const { trigger: _trigger, anchor: _anchor, ...shown }: DisplayConfig = display;
  // A popover points at the playground's "Open the form" button, not at the page it was written for.
  return { ...rest, display: shown.mode === 'popover' ? { ...shown, anchor } : shown } as C;
};

/**
 * The config the preview mounts: as written, with no `submit` and no `analytics` (in the form
 * and in every A/B arm), so the playground never sends anything, and no display triggers
 * (their selectors name elements of the page the form was written for); a popover is
 * anchored to `anchor`.
 */
export const previewConfig = (config: FormConfig, anchor: string): FormConfig => {
  const form = quiet(config, anchor);
  if (!config.variants) return form;
  const arms: Record<string, VariantConfig> = {};
  for (const [name, arm] of Object.entries(config.variants)) arms[name] = quiet(arm, anchor);
  return { ...form, variants: arms };
};
