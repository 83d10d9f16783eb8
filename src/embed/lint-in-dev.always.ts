import type { Form } from '../schema/model';
import { logLint } from './log-lint';

/**
 * `lintInDev` in yesladder.dev.global.js (swapped in by tsup.config.ts): a script tag has no
 * bundler to say "development", so the file meant for building pages always lints.
 */
export const lintInDev = (form: Form): void => logLint(form);
