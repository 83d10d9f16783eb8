import { cut, urlParams } from '../attribution/resolve-hidden';
import { passwordLike } from '../schema/kept-in-draft';
import { isBlank } from '../schema/kinds/kind';
import type { AnswerMap, Field, Form, Value } from '../schema/model';
import { validateField } from '../validate/validate-field';

/** The answers known before the person types, and what of the page's `prefill` was left out. */
export interface Prefill {
  readonly answers: AnswerMap;
  /** Names in the page's `prefill` that name no field of the form. */
  readonly unknown: readonly string[];
  /** Fields the page's `prefill` gave a value they would refuse (a number for an email…). */
  readonly wrong: readonly string[];
  /** The page's `prefill` was given but is no object of answers. */
  readonly malformed: boolean;
}

/**
 * Whether a URL may fill the field: one the person sees, no secret (a URL ends up in server
 * logs, history and analytics), and no consent box (the person ticks it, not a link).
 */
export const fillableFromUrl = (field: Field): boolean =>
  field.type !== 'hidden' && field.type !== 'consent' && !field.sensitive && !passwordLike(field);

/** What a value may mean, as given first: a URL's "42" may be a number, "true" a tick, one value a list of one. */
const readings = (value: unknown): unknown[] =>
  typeof value === 'string' ? [value, value.trim() ? Number(value) : '', value === 'true', [value]] : [value];

/**
 * The answers a form starts with: the URL's parameters named like its fields (those its
 * `prefill.query` allows), then the page's `prefill` (`mount`'s option, a tag's
 * `data-prefill`), which wins. A value becomes its field's answer when the field would
 * accept it (`"42"` in a number field is 42); one it would refuse (another type, not one of
 * its options, not an email…) is left out, and so is a blank one. URL values are untrusted:
 * cut to 500 characters. Never throws.
 */
export const resolvePrefill = (form: Form, url: string | undefined, given: unknown): Prefill => {
  const fields = new Map<string, Field>();
  for (const step of form.steps) for (const field of step.fields) fields.set(field.name, field);
  const answers: Record<string, Value> = {};
  const unknown: string[] = [];
  const wrong: string[] = [];
  /** Whether the field takes `value` (a blank one fills nothing, and is not wrong). */
  const fill = (field: Field, value: unknown): boolean => {
    if (isBlank(value as Value)) return true;
    const answer = readings(value).find(
      (reading) => !isBlank(reading as Value) && !validateField(field, reading as Value),
    ) as Value | undefined;
    if (answer !== undefined) answers[field.name] = answer;
    return answer !== undefined;
  };

  const query = form.prefill?.query;
  const params = query && url ? urlParams(url) : undefined;
  if (params)
    for (const field of fields.values()) {
      if (!fillableFromUrl(field) || (Array.isArray(query) && !query.includes(field.name))) continue;
      const values = params.getAll(field.name).map(cut);
      // A repeated parameter is a list: the answer of a multi-answer checkbox.
      if (values.length) fill(field, values.length === 1 ? values[0] : values);
    }

  const object = typeof given === 'object' && given !== null && !Array.isArray(given);
  if (object)
    for (const [name, value] of Object.entries(given)) {
      const field = fields.get(name);
      if (!field) unknown.push(name);
      // `{ email: user?.email }` with no user: nothing given, nothing to say.
      else if (value != null && !fill(field, value)) wrong.push(name);
    }
  return { answers, unknown, wrong, malformed: !object && given != null };
};
