import type { FieldConfig, FormConfig, SinkConfig, SinkType, StepConfig } from './config';
import type { ConfigIssue } from './config-error';
import { show } from './config-error';
import { fieldKinds } from './kinds';
import type { FieldTypeName } from './model';
import { isSafeHref } from './safe-href';

/** A step as the shape check lets it through: any step type's keys may be present. */
type LooseStep = StepConfig & {
  readonly type?: StepConfig['type'];
  readonly fields?: readonly FieldConfig[];
  readonly options?: readonly unknown[];
  readonly name?: string;
  readonly lead?: boolean;
  readonly button?: string;
  readonly next?: unknown;
};

const toolOptions = ['global', 'wait'];

/** The options each built-in sink takes, besides `type`. */
const sinkOptions: Record<SinkType, readonly string[]> = {
  console: [],
  dataLayer: ['global', 'gtag'],
  beacon: ['url', 'batchSize', 'flushInterval'],
  segment: toolOptions,
  posthog: toolOptions,
  plausible: toolOptions,
  meta: toolOptions,
};

/** Keys a step type must not carry, and what to say instead. */
const forbidden: Record<string, readonly (keyof LooseStep)[]> = {
  cta: ['fields', 'options', 'name', 'lead'],
  fields: ['options', 'name'],
  choice: ['fields', 'button'],
  review: ['fields', 'options', 'name', 'lead', 'next'],
  thanks: ['fields', 'options', 'name', 'lead', 'button'],
};

const typeOf = (step: LooseStep) => step.type ?? 'fields';
const fieldType = (field: FieldConfig): FieldTypeName =>
  field.type === 'radio' ? 'choice' : (field.type ?? 'text');

/**
 * The rules that span keys: unique ids, step types and their keys, `goto` targets,
 * branch conditions, field rules. Runs on a config whose shape already passed.
 */
export const checkForm = (config: FormConfig): ConfigIssue[] => {
  const issues: ConfigIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const steps = config.steps as readonly LooseStep[];
  const stepIds = steps.map((step) => step.id);
  const fieldNames = new Map<string, string>();
  const fieldsByName = new Map<string, FieldConfig>();
  // A condition may name a field of any step, so they are checked once every name is known.
  const conditions: { name: string; path: string }[] = [];

  if (!steps.some((step) => typeOf(step) !== 'thanks' && typeOf(step) !== 'review')) {
    add('steps', 'a form needs at least one step that asks something (cta, fields or choice)');
  }

  steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    const type = typeOf(step);
    const first = stepIds.indexOf(step.id);
    if (first !== i)
      add(`${at}.id`, `"${step.id}" is already the id of steps[${first}]; step ids must be unique`);
    if (type === 'thanks' && i !== steps.length - 1) {
      add(at, 'a thanks step must be the last step (the end of the form)');
    }
    // Its button sends the form, so nothing may be asked after it.
    if (type === 'review' && i < steps.length - 1 && typeOf(steps[i + 1] as LooseStep) !== 'thanks')
      add(at, 'a review step must come right before the thanks step (or be the last step)');
    for (const key of forbidden[type] ?? []) {
      if (step[key] !== undefined) add(`${at}.${key}`, `a ${type} step does not take "${key}"`);
    }
    if (type === 'fields' && !step.fields?.length)
      add(`${at}.fields`, 'a fields step needs at least one field');
    if (type === 'choice') {
      if (!step.options?.length) add(`${at}.options`, 'a choice step needs at least one option');
      addName(step.name ?? step.id, `${at}.name`);
    }
    step.fields?.forEach((field, j) => {
      addName(field.name, `${at}.fields[${j}].name`);
      fieldsByName.set(field.name, field);
      checkField(field, `${at}.fields[${j}]`, add);
    });
    checkNext(step, i, at);
  });

  for (const { name, path } of conditions) {
    if (!fieldNames.has(name))
      add(path, `"${name}" names no field. Field names are: ${[...fieldNames.keys()].join(', ')}`);
  }
  const query: unknown = config.prefill?.query;
  if (Array.isArray(query))
    query.forEach((name, i) => {
      if (typeof name === 'string') checkQueryName(name, `prefill.query[${i}]`);
    });
  const display = config.display;
  if (display && (display.mode ?? 'inline') === 'inline') {
    for (const key of ['trigger', 'anchor', 'placement'] as const) {
      if (display[key] !== undefined)
        add(`display.${key}`, `an inline form is always shown; ${key} is for popover and modal`);
    }
  }
  if (display?.mode === 'modal') {
    for (const key of ['anchor', 'placement'] as const) {
      if (display[key] !== undefined)
        add(`display.${key}`, `a modal is centred on the page; ${key} is for popover`);
    }
  }
  if (display?.mode === 'popover' && !display.anchor && !display.trigger?.click) {
    add(
      'display.anchor',
      'a popover needs an element to point at: set display.anchor or display.trigger.click',
    );
  }
  // The shape check reports a non-array, a non-object entry or an unknown type; skip those
  // here so every other problem is still listed.
  const sinks: unknown = config.analytics;
  (Array.isArray(sinks) ? (sinks as (SinkConfig | null)[]) : []).forEach((sink, i) => {
    const allowed =
      typeof sink === 'object' && sink && Object.hasOwn(sinkOptions, sink.type) && sinkOptions[sink.type];
    if (!allowed) return;
    if (sink.type === 'beacon' && !('url' in sink && sink.url))
      add(`analytics[${i}].url`, 'a beacon sink needs a url');
    for (const key of Object.keys(sink)) {
      if (key !== 'type' && !allowed.includes(key))
        add(
          `analytics[${i}].${key}`,
          `a ${sink.type} sink has no "${key}" option; ${allowed.length ? `its options are: ${allowed.join(', ')}` : 'it takes none'}`,
        );
    }
  });
  return issues;

  function addName(name: string, path: string) {
    const other = fieldNames.get(name);
    // `answers.constructor` would read Object.prototype's: an empty answer that is not empty.
    if (name in {}) add(path, `"${name}" is a name every JavaScript object already has; choose another`);
    else if (other)
      add(path, `"${name}" is already the name of ${other}; answer names must be unique in a form`);
    else fieldNames.set(name, path.replace(/\.name$/, ''));
  }

  /**
   * A field a URL may fill: one the person sees and answers themselves, and no secret. A
   * password-like field is left out at run time (its words are the drafts' code, not the server's).
   */
  function checkQueryName(name: string, path: string) {
    const field = fieldsByName.get(name);
    const type = field && fieldType(field);
    if (!fieldNames.has(name))
      add(path, `"${name}" names no field. Field names are: ${[...fieldNames.keys()].join(', ')}`);
    else if (type === 'hidden') add(path, `"${name}" is a hidden field: give it "from": "query" instead`);
    else if (type === 'consent') add(path, `"${name}" is a consent box: the person ticks it, not a link`);
    else if (field?.sensitive)
      add(
        path,
        `"${name}" is sensitive: a URL leaks into logs and history; pass it in mount's prefill option`,
      );
  }

  function checkNext(step: LooseStep, index: number, at: string) {
    const next = step.next;
    // A review step's "next" is already reported as a key it does not take.
    if (next === undefined || typeOf(step) === 'review') return;
    if (typeOf(step) === 'thanks') {
      if (typeof next !== 'object' || Array.isArray(next)) {
        add(`${at}.next`, 'on a thanks step, next is the next small ask: { label, href }');
      } else {
        const { href } = next as { href?: unknown };
        if (typeof href === 'string' && !isSafeHref(href, true))
          add(
            `${at}.next.href`,
            `${show(href)} is not a link a form may offer; use http(s), mailto, tel or a path on this site`,
          );
      }
      return;
    }
    if (typeof next === 'object' && !Array.isArray(next)) {
      add(
        `${at}.next`,
        'expected a step id or a list of branches ({ when, goto }); { label, href } is for thanks steps',
      );
      return;
    }
    type Loose = { goto: string; when?: Record<string, unknown> };
    const branches: readonly Loose[] =
      typeof next === 'string' ? [{ goto: next }] : (next as readonly Loose[]);
    branches.forEach((branch, b) => {
      const path = typeof next === 'string' ? `${at}.next` : `${at}.next[${b}]`;
      const target = stepIds.indexOf(branch.goto);
      const gotoPath = typeof next === 'string' ? path : `${path}.goto`;
      if (target < 0) {
        add(gotoPath, `"${branch.goto}" names no step. Step ids are: ${[...new Set(stepIds)].join(', ')}`);
      } else if (target <= index) {
        add(gotoPath, `"${branch.goto}" is not after this step; a branch may only jump forward`);
      }
      const when = branch.when;
      if (!when) return;
      const ops = ['equals', 'notEquals', 'in', 'filled'].filter((op) => when[op] !== undefined);
      if (ops.length !== 1) {
        add(
          `${path}.when`,
          `needs exactly one of equals, notEquals, in, filled; received ${ops.join(', ') || 'none'}`,
        );
      }
      conditions.push({ name: String(when.field), path: `${path}.when.field` });
    });
  }
};

function checkField(field: FieldConfig, at: string, add: (path: string, message: string) => void) {
  const type = fieldType(field);
  const kind = fieldKinds.find((k) => k.name === type);
  if (!kind) return; // an unknown type is already a shape issue
  if (kind.options === 'required' && !field.options?.length)
    add(`${at}.options`, `a ${type} field needs options`);
  if (!kind.options && field.options) add(`${at}.options`, `a ${type} field does not take options`);
  for (const rule of ['minLength', 'maxLength', 'pattern', 'min', 'max'] as const) {
    if (field[rule] !== undefined && !kind.rules.includes(rule)) {
      add(`${at}.${rule}`, `a ${type} field does not take ${rule}`);
    }
  }
  if (field.value !== undefined && type !== 'hidden')
    add(`${at}.value`, 'only hidden fields take a fixed value');
  if (field.from !== undefined && type !== 'hidden')
    add(
      `${at}.from`,
      `only hidden fields are filled from the page; this is a ${type} field: set "type": "hidden" or remove "from"`,
    );
  // Nobody could fill it in when the page has no such value: the step would never pass.
  else if (field.from !== undefined && field.required)
    add(
      `${at}.required`,
      'a field filled from the page cannot be required (the person cannot fill it in); give a fallback "value" instead',
    );
  if (field.sensitive && field.track)
    add(`${at}.track`, 'a sensitive field is never sent to analytics: remove track or sensitive');
  if (field.pattern !== undefined) {
    try {
      new RegExp(field.pattern);
    } catch {
      add(`${at}.pattern`, `${show(field.pattern)} is not a valid regular expression`);
    }
  }
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
    add(`${at}.min`, `min (${field.min}) is greater than max (${field.max})`);
  }
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
    add(`${at}.minLength`, `minLength (${field.minLength}) is greater than maxLength (${field.maxLength})`);
  }
}
