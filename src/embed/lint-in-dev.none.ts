import type { Form } from '../schema/model';

/**
 * `lintInDev` in the production script-tag builds (swapped in by tsup.config.ts): no linter.
 * Marked free of side effects, so the minifier drops the call too: not a byte.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lintInDev(_form: Form): void {}
