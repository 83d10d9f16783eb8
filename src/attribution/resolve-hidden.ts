import type { AnswerMap, Field, Form } from '../schema/model';
import { firstTouch, type TouchStorage } from './first-touch';

/** What the page tells a form about how the person arrived. */
export interface PageEnv {
  /** The page's URL (`location.href`). */
  readonly url: string;
  /** `document.referrer`: empty when there is none. */
  readonly referrer: string;
  /** Where the visit's first touch is kept (`sessionStorage`); without it, this page's values. */
  readonly storage?: TouchStorage;
}

/** A URL parameter is untrusted input: room for any real campaign value, and no more. */
export const HIDDEN_MAX_LENGTH = 500;

/** Ad and campaign parameters, kept for the visit whichever form on which page names them. */
const campaign = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'gclid', 'fbclid'];

/** The field's source as first touch keeps it: a bare `query` is the parameter named like the field. */
const sourceOf = (field: Field): string =>
  field.from === 'query' ? `query:${field.name}` : (field.from ?? '');

/** A value no longer than the limit, never cut inside a surrogate pair. */
export const cut = (value: string): string => {
  if (value.length <= HIDDEN_MAX_LENGTH) return value;
  const end = /[\uD800-\uDBFF]/.test(value[HIDDEN_MAX_LENGTH - 1] ?? '')
    ? HIDDEN_MAX_LENGTH - 1
    : HIDDEN_MAX_LENGTH;
  return value.slice(0, end);
};

/** The `hidden` fields the page fills (`from`), on every step. */
export const attributedFields = (form: Form): Field[] =>
  form.steps.flatMap((step) => step.fields.filter((field) => field.from !== undefined));

/** A URL's parameters, or `undefined` when it is no URL. */
export const urlParams = (url: string): URLSearchParams | undefined => {
  try {
    return new URL(url).searchParams;
  } catch {
    return undefined;
  }
};

/** This page's value of each source: its URL without the hash, its referrer, its parameters. */
const pageValues = (env: PageEnv, sources: Iterable<string>): Record<string, string> => {
  const values: Record<string, string> = { landing: env.url.split('#')[0] ?? '', referrer: env.referrer };
  const params = urlParams(env.url);
  for (const source of sources)
    if (source.startsWith('query:')) values[source] = params?.get(source.slice(6)) ?? '';
  return values;
};

/**
 * The values of a form's `hidden` fields with `from`, resolved once at mount: each field's
 * source as the visit first saw it, else the field's `value`, else `""`; cut to 500
 * characters. Reads and writes nothing for a form without such fields. Never throws.
 */
export const resolveHidden = (form: Form, env: PageEnv): AnswerMap => {
  const fields = attributedFields(form);
  if (!fields.length) return {};
  const sources = new Set([...campaign.map((name) => `query:${name}`), ...fields.map(sourceOf)]);
  const touch = firstTouch(pageValues(env, sources), env.storage);
  const answers: Record<string, string> = {};
  for (const field of fields) answers[field.name] = cut(touch[sourceOf(field)] || field.value || '');
  return answers;
};
