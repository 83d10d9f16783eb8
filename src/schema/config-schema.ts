import * as z from 'zod/mini';
import { shippedLocale } from '../i18n/resolve-locale';

/** Ids and names end up in DOM ids, events and answer keys. */
const idPattern = /^[A-Za-z][\w-]*$/;
const ID_RULE = 'must start with a letter and use only letters, digits, "_" and "-"';
const LOCALE_RULE =
  'must be a language yesladder ships (en, de, fr, es, ar, ja), optionally with a region like "de-AT"';

const id = () => z.string().check(z.regex(idPattern, ID_RULE));
const text = () => z.optional(z.string());
const count = () => z.optional(z.number().check(z.int(), z.gte(0)));
// Functions, not values: no zod schema may be built at import (see configSchema).
const scalar = () => z.union([z.string(), z.number(), z.boolean()]);
const option = () => z.union([z.string(), z.strictObject({ value: z.string(), label: text() })]);

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
 * The shape of a config, checked key by key. Rules that span keys (which keys a step
 * type allows, ids that must exist) are checked in `check-form.ts` with clearer words
 * than a union's error would give. Built on each call and let go: no work at import time,
 * and a page holds no schema once its form is mounted (a cached schema kept 0.09 MB of the
 * page's heap for good, measured by `npm run bench`; a build takes about 2 ms, paid again
 * only by a second form on the same page; the server caches the parsed form instead).
 */
export const configSchema = (): z.ZodMiniType => buildSchema();

const buildSchema = () => {
  const shape = {
    steps: z.array(
      z.strictObject({
        id: id(),
        type: z.optional(z.enum(stepTypes)),
        title: text(),
        body: text(),
        button: text(),
        name: z.optional(id()),
        lead: z.optional(z.boolean()),
        track: z.optional(z.boolean()),
        options: z.optional(z.array(option())),
        fields: z.optional(
          z.array(
            z.strictObject({
              name: id(),
              type: z.optional(z.enum(fieldTypes)),
              label: text(),
              hint: text(),
              placeholder: text(),
              autocomplete: text(),
              required: z.optional(z.boolean()),
              minLength: count(),
              maxLength: count(),
              pattern: text(),
              min: z.optional(z.number()),
              max: z.optional(z.number()),
              options: z.optional(z.array(option())),
              value: text(),
              track: z.optional(z.boolean()),
              sensitive: z.optional(z.boolean()),
            }),
          ),
        ),
        // An array of branches (or one step id) on asking steps; the next small ask on `thanks`.
        next: z.optional(
          z.union([
            z.string(),
            z.array(
              z.strictObject({
                goto: z.string(),
                when: z.optional(
                  z.strictObject({
                    field: z.string(),
                    equals: z.optional(scalar()),
                    notEquals: z.optional(scalar()),
                    in: z.optional(z.array(z.union([z.string(), z.number()]))),
                    filled: z.optional(z.boolean()),
                  }),
                ),
              }),
            ),
            z.strictObject({ label: z.string(), href: text() }),
          ]),
        ),
      }),
    ),
    submit: z.optional(
      z.strictObject({
        url: z.string(),
        headers: z.optional(z.record(z.string(), z.string())),
        format: z.optional(z.enum(['json', 'form'])),
        retries: count(),
        timeout: z.optional(z.number().check(z.int(), z.gte(1))),
      }),
    ),
    analytics: z.optional(
      z.array(
        z.strictObject({
          type: z.enum(sinkTypes),
          url: text(),
          global: text(),
          gtag: z.optional(z.boolean()),
          wait: count(),
          batchSize: z.optional(z.number().check(z.int(), z.gte(1))),
          flushInterval: count(),
        }),
      ),
    ),
    consent: z.optional(z.enum(consents)),
    display: z.optional(
      z.strictObject({
        mode: z.optional(z.enum(displayModes)),
        anchor: text(),
        placement: z.optional(z.enum(placements)),
        trigger: z.optional(
          z.strictObject({
            click: text(),
            delay: count(),
            scroll: z.optional(z.number().check(z.gte(0), z.lte(100))),
            exit: z.optional(z.boolean()),
          }),
        ),
        repeat: z.optional(z.boolean()),
      }),
    ),
    progress: z.optional(z.boolean()),
    draft: z.optional(
      z.union([z.boolean(), z.strictObject({ ttl: z.optional(z.number().check(z.int(), z.gt(0))) })]),
    ),
    locale: z.optional(z.string().check(z.refine((tag) => !!shippedLocale(tag), LOCALE_RULE))),
    messages: z.optional(z.record(z.string(), z.string())),
    spam: z.optional(
      z.strictObject({
        honeypot: z.optional(z.boolean()),
        minFillTime: count(),
        action: z.optional(z.enum(['flag', 'drop'])),
      }),
    ),
  };
  // An A/B arm replaces any top-level option but the form's identity; `steps` it may keep.
  const arm = z.strictObject({
    ...shape,
    steps: z.optional(shape.steps),
    weight: z.optional(z.number().check(z.gt(0))),
  });
  return z.strictObject({ id: id(), variant: text(), variants: z.optional(z.record(id(), arm)), ...shape });
};
