import { shippedLocale } from '../i18n/resolve-locale';
import type { Shape } from './shape';

/** Ids and names end up in DOM ids, events and answer keys. */
const idPattern = /^[A-Za-z][\w-]*$/;
const ID_RULE = 'must start with a letter and use only letters, digits, "_" and "-"';
const LOCALE_RULE =
  'must be a language yesladder ships (en, de, fr, es, ar, ja), optionally with a region like "de-AT"';
const isId = (value: string) => idPattern.test(value);
const SOURCE_RULE = 'must be "query", "query:<parameter>", "referrer" or "landing"';
const isSource = (value: string) => /^(?:query(?::.+)?|referrer|landing)$/s.test(value);

export const fieldTypes = [
  'email',
  'text',
  'tel',
  'number',
  'textarea',
  'select',
  'choice',
  'radio',
  'checkbox',
  'consent',
  'hidden',
] as const;
export const stepTypes = ['cta', 'fields', 'choice', 'review', 'thanks'] as const;
export const sinkTypes = [
  'console',
  'dataLayer',
  'beacon',
  'segment',
  'posthog',
  'plausible',
  'meta',
] as const;
export const consents = ['granted', 'denied', 'pending'] as const;
export const displayModes = ['inline', 'popover', 'modal'] as const;
export const placements = [
  'top',
  'top-start',
  'top-end',
  'right',
  'right-start',
  'right-end',
  'bottom',
  'bottom-start',
  'bottom-end',
  'left',
  'left-start',
  'left-end',
] as const;

/**
 * The shape of a config, checked key by key. Rules that span keys (which keys a step type
 * allows, ids that must exist) are checked in `check-form.ts` with clearer words than a
 * union's error would give. Made on each call and let go, like the page's other one-time
 * work: a page holds no shape once its form is mounted (measured in `npm run bench`'s heap).
 */
export const configShape = (): Shape => {
  const optional = (shape: Shape): Shape => ({ ...shape, optional: true });
  const object = (keys: { [key: string]: Shape }): Shape => ({ k: 'object', keys });
  const array = (of: Shape): Shape => ({ k: 'array', of });
  const oneOf = (values: readonly string[]): Shape => ({ k: 'enum', values });
  const string: Shape = { k: 'string' };
  const boolean: Shape = { k: 'boolean', optional: true };
  const number: Shape = { k: 'number' };
  const text = optional(string);
  const id: Shape = { k: 'string', rule: [isId, ID_RULE] };
  const count: Shape = { k: 'number', int: true, min: 0, optional: true };
  const atLeastOne: Shape = { k: 'number', int: true, min: 1, optional: true };
  const strings: Shape = { k: 'record', of: string, optional: true };
  const option: Shape = {
    k: 'union',
    of: [string, object({ value: string, label: text })],
    words: 'an option: a string, or { value, label }',
  };
  const scalar: Shape = {
    k: 'union',
    of: [string, number, { k: 'boolean' }],
    words: 'a string, number or boolean',
    optional: true,
  };

  const field = object({
    name: id,
    type: optional(oneOf(fieldTypes)),
    label: text,
    hint: text,
    placeholder: text,
    autocomplete: text,
    required: boolean,
    minLength: count,
    maxLength: count,
    pattern: text,
    min: optional(number),
    max: optional(number),
    options: optional(array(option)),
    value: text,
    from: { k: 'string', rule: [isSource, SOURCE_RULE], optional: true },
    track: boolean,
    sensitive: boolean,
  });

  const branch = object({
    goto: string,
    when: optional(
      object({
        field: string,
        equals: scalar,
        notEquals: scalar,
        in: optional(array({ k: 'union', of: [string, number], words: 'a string or number' })),
        filled: boolean,
      }),
    ),
  });

  const step = object({
    id,
    type: optional(oneOf(stepTypes)),
    title: text,
    body: text,
    button: text,
    name: optional(id),
    lead: boolean,
    track: boolean,
    options: optional(array(option)),
    fields: optional(array(field)),
    // An array of branches (or one step id) on asking steps; the next small ask on `thanks`.
    next: {
      k: 'union',
      of: [string, array(branch), object({ label: string, href: text })],
      words: 'a step id, a list of branches ({ when, goto }), or on a thanks step { label, href }',
      optional: true,
    },
  });

  /** Every option but the form's identity: what an A/B arm may replace. */
  const options = {
    steps: array(step),
    submit: optional(
      object({
        url: string,
        headers: strings,
        format: optional(oneOf(['json', 'form'])),
        retries: count,
        timeout: atLeastOne,
      }),
    ),
    analytics: optional(
      array(
        object({
          type: oneOf(sinkTypes),
          url: text,
          global: text,
          gtag: boolean,
          wait: count,
          batchSize: atLeastOne,
          flushInterval: count,
        }),
      ),
    ),
    consent: optional(oneOf(consents)),
    display: optional(
      object({
        mode: optional(oneOf(displayModes)),
        anchor: text,
        placement: optional(oneOf(placements)),
        trigger: optional(
          object({
            click: text,
            delay: count,
            scroll: { k: 'number', min: 0, max: 100, optional: true },
            exit: boolean,
            pages: optional(array(string)),
          }),
        ),
        repeat: boolean,
      }),
    ),
    progress: boolean,
    draft: {
      k: 'union',
      of: [{ k: 'boolean' }, object({ ttl: { k: 'number', int: true, over: 0, optional: true } })],
      words: 'true, false or { ttl }',
      optional: true,
    },
    locale: { k: 'string', rule: [(tag) => !!shippedLocale(tag), LOCALE_RULE], optional: true },
    messages: strings,
    spam: optional(
      object({
        honeypot: boolean,
        minFillTime: count,
        action: optional(oneOf(['flag', 'drop'])),
      }),
    ),
    prefill: optional(
      object({
        query: {
          k: 'union',
          of: [{ k: 'boolean' }, array(id)],
          words: 'true (every field it may fill) or a list of field names',
          optional: true,
        },
      }),
    ),
    skipPrefilled: boolean,
  } satisfies { [key: string]: Shape };

  /** An A/B arm: any top-level option but the form's identity (`steps` it may keep), and its weight. */
  const arm = object({
    ...options,
    steps: optional(options.steps),
    weight: { k: 'number', over: 0, optional: true },
  });

  return object({
    id,
    variant: text,
    variants: { k: 'record', key: [isId, ID_RULE], of: arm, optional: true },
    ...options,
  });
};
