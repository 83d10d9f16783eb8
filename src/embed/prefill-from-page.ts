import { resolvePrefill } from '../prefill/resolve-prefill';
import type { AnswerMap, Form } from '../schema/model';

const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');

/**
 * The answers `form` starts with, from the page it mounts on: its URL's parameters (as the
 * config's `prefill.query` allows) and `given` (`mount`'s `prefill`, a tag's `data-prefill`),
 * which wins. What of `given` was left out (a name that is no field, a value of the wrong
 * type) is said in one console warning, without the values (they are personal data); the
 * form mounts anyway.
 */
export const prefillFromPage = (form: Form, win: Window | null, given: unknown): AnswerMap => {
  let url: string | undefined;
  try {
    url = win?.location.href;
  } catch {}
  const { answers, unknown, wrong, malformed } = resolvePrefill(form, url, given);
  const problems = malformed
    ? ['it is no object of answers by field name, like { "email": "ada@example.com" }']
    : [
        unknown.length &&
          `no field is named ${quoted(unknown)} (field names are: ${[
            ...new Set(form.steps.flatMap((step) => step.fields.map((field) => field.name))),
          ].join(', ')})`,
        wrong.length && `${quoted(wrong)} would refuse the value given`,
      ].filter(Boolean);
  if (problems.length) console.warn(`yesladder: form "${form.id}" left out prefill: ${problems.join('; ')}.`);
  return answers;
};
