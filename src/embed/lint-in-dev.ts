import type { Form } from '../schema/model';

/**
 * In development, lints the form being mounted and logs what the friction linter finds, once
 * per form id (see `log-lint.ts`), from a lazy chunk. The app's bundler replaces
 * `process.env.NODE_ENV`: a production build drops this branch and never emits the chunk.
 * Quiet where there is no `process` (a browser module without a bundler) and in tests
 * (`NODE_ENV=test`), where `lintForm` or `yesladder lint` are the tools. The script-tag builds
 * swap this module (see tsup.config.ts): the production ones for nothing, the dev one for
 * `lint-in-dev.always.ts`.
 */
export const lintInDev = (form: Form): void => {
  if (
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production' &&
    process.env.NODE_ENV !== 'test'
  )
    import('./log-lint').then(
      ({ logLint }) => logLint(form),
      () => {},
    );
};
