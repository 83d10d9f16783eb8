import { applyVariant } from './apply-variant';
import type { BranchConfig, FieldConfig, FormConfig, OptionConfig, StepConfig, WhenConfig } from './config';
import type { Branch, Condition, Field, Form, Option, Step, StepType } from './model';

/** How long a draft is kept by default: back the next day, not next month. */
const DAY = 86_400_000;

const option = (o: OptionConfig): Option =>
  typeof o === 'string' ? { value: o, label: o } : { value: o.value, label: o.label ?? o.value };

const defaultAutocomplete: Partial<Record<string, string>> = { email: 'email', tel: 'tel' };

/**
 * A field's autofill token read from its name (`first_name`, `firstName`, `company`…),
 * so browsers fill what a person already gave them (WCAG 1.3.5, 3.3.7). A name not listed
 * gets no token: none is better than a wrong one.
 */
const byName: Partial<Record<string, string>> = {
  name: 'name',
  fullname: 'name',
  firstname: 'given-name',
  givenname: 'given-name',
  lastname: 'family-name',
  familyname: 'family-name',
  surname: 'family-name',
  phone: 'tel',
  company: 'organization',
  organization: 'organization',
  organisation: 'organization',
  jobtitle: 'organization-title',
  website: 'url',
  url: 'url',
  address: 'street-address',
  city: 'address-level2',
  zip: 'postal-code',
  postcode: 'postal-code',
  postalcode: 'postal-code',
  country: 'country-name',
};

/** The default token: by type (email, tel), else by name on a one-line text. */
const autocompleteOf = (name: string, type: string): string | undefined =>
  defaultAutocomplete[type] ??
  (type === 'text' ? byName[name.toLowerCase().replace(/[-_]/g, '')] : undefined);

const field = (f: FieldConfig): Field => {
  const type = f.type === 'radio' ? 'choice' : (f.type ?? 'text');
  return {
    ...f,
    type,
    label: f.label ?? f.name,
    required: f.required ?? false,
    autocomplete: f.autocomplete ?? autocompleteOf(f.name, type),
    // Anchored as HTML's `pattern` is: the whole answer must match.
    pattern: f.pattern === undefined ? undefined : new RegExp(`^(?:${f.pattern})$`, 'u'),
    options: (f.options ?? []).map(option),
    track: f.track ?? false,
    sensitive: f.sensitive ?? false,
  };
};

const condition = (when: WhenConfig): Condition => {
  if ('equals' in when) return { field: when.field, op: 'equals', value: when.equals };
  if ('notEquals' in when) return { field: when.field, op: 'notEquals', value: when.notEquals };
  if ('in' in when) return { field: when.field, op: 'in', value: when.in };
  return { field: when.field, op: 'filled', value: when.filled };
};

const branches = (next: string | readonly BranchConfig[] | undefined): Branch[] =>
  typeof next === 'string'
    ? [{ goto: next }]
    : (next ?? []).map((b) => (b.when ? { goto: b.goto, when: condition(b.when) } : { goto: b.goto }));

const step = (s: StepConfig): Step => {
  const type: StepType = s.type ?? 'fields';
  const base = {
    id: s.id,
    type,
    title: s.title,
    body: s.body,
    lead: false,
    branches: [] as Branch[],
    fields: [],
  };
  if (s.type === 'thanks') return { ...base, offer: s.next };
  if (s.type === 'cta') return { ...base, button: s.button, branches: branches(s.next) };
  if (s.type === 'review') return { ...base, button: s.button };
  if (s.type === 'choice') {
    const only = field({
      name: s.name ?? s.id,
      type: 'choice',
      label: s.title ?? s.id,
      required: true,
      options: s.options,
      track: s.track,
    });
    return { ...base, fields: [only], lead: s.lead ?? false, branches: branches(s.next) };
  }
  return {
    ...base,
    button: s.button,
    fields: s.fields.map(field),
    lead: s.lead ?? false,
    branches: branches(s.next),
  };
};

const freeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !(value instanceof RegExp) && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
};

/** One arm's model, `variants` aside. */
const arm = (config: FormConfig): Form => ({
  id: config.id,
  variant: config.variant ?? 'default',
  variants: [],
  steps: config.steps.map(step),
  submit: config.submit && { ...config.submit, headers: { ...config.submit.headers } },
  analytics: config.analytics ?? [],
  consent: config.consent ?? 'granted',
  display: {
    mode: config.display?.mode ?? 'inline',
    anchor: config.display?.anchor ?? config.display?.trigger?.click,
    placement: config.display?.placement ?? 'bottom',
    trigger: { ...config.display?.trigger },
    repeat: config.display?.repeat ?? false,
  },
  progress: config.progress ?? true,
  draft:
    config.draft === false ? false : { ttl: (typeof config.draft === 'object' && config.draft.ttl) || DAY },
  locale: config.locale,
  messages: { ...config.messages },
  spam: {
    honeypot: config.spam?.honeypot ?? true,
    minFillTime: config.spam?.minFillTime ?? 3000,
    action: config.spam?.action ?? 'flag',
  },
});

/**
 * A checked config without `variants` → the model, every default filled in, not frozen: a
 * first paint's, thrown away when the runtime's own frozen one replaces it. A form with an
 * A/B test waits for the runtime.
 */
export const normalizeArm: (config: FormConfig) => Form = arm;

/** A checked config → the frozen model, every default filled in. */
export const normalize = (config: FormConfig): Form =>
  freeze({
    ...arm(config),
    // The runtime's alone: a first paint never reads them, and carries no byte for them.
    prefill: { query: config.prefill?.query ?? false },
    skipPrefilled: config.skipPrefilled ?? false,
    variants: Object.entries(config.variants ?? {}).map(([name, one]) => ({
      name,
      weight: one.weight ?? 1,
      form: normalize(applyVariant(config, name)),
    })),
  });
