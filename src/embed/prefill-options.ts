import type { AnswerMap } from '../schema/model';
import type { MountOptions } from './mount-options';

/**
 * A `data-prefill` attribute's JSON as `mount`'s options, or `undefined` when there is none
 * (or it is empty), or after one console error when it is not JSON (the form is then shown
 * without it). Not in read-config.ts: the split build's first script has that module, and
 * would carry this for its runtime, which alone reads `data-prefill`.
 */
export const prefillOptions = (json: string | undefined): MountOptions | undefined => {
  if (!json) return undefined;
  try {
    // Checked field by field when the form mounts: what does not fit is left out, with a warning.
    return { prefill: JSON.parse(json) as AnswerMap };
  } catch (error) {
    console.error(
      `yesladder: data-prefill is not valid JSON (${(error as Error).message}); the form is shown without it.`,
    );
    return undefined;
  }
};
