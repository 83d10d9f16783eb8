import type { EventName, SinkEvent } from '../events/types';

// Object-Action in Title Case: Segment's naming spec, and readable as a Plausible goal.
const titles: Readonly<Record<EventName, string>> = {
  form_view: 'Form Viewed',
  step_view: 'Form Step Viewed',
  step_complete: 'Form Step Completed',
  field_invalid: 'Form Field Invalid',
  lead_capture: 'Lead Captured',
  form_submit: 'Form Submitted',
  submit_error: 'Form Submit Failed',
  form_abandon: 'Form Abandoned',
  next_step_click: 'Next Step Clicked',
};

/** True for our own event names; a name `beforeSend` chose is used by every sink as it is. */
export const isEventName = (name: string): name is EventName =>
  // typeof, not `in`: inherited names like "constructor" are functions, not titles.
  typeof (titles as Record<string, unknown>)[name] === 'string';

/** `step_view` → `Form Step Viewed`; a name of your own stays as it is. */
export const titleOf = (name: string): string => (isEventName(name) ? titles[name] : name);

/** Every field but the name, for tools that take `(name, properties)`. */
export const propertiesOf = (event: SinkEvent): Record<string, unknown> => {
  const { name: _, ...properties } = event;
  return properties;
};

/** A scalar a flat-properties tool accepts. */
export type FlatValue = string | number | boolean;

/**
 * The properties one level deep, for tools that take only scalars (gtag, Plausible, Meta):
 * `values.role` becomes `field_role`, a list becomes `a, b`; other nested data is left out.
 */
export const flatPropertiesOf = (event: SinkEvent): Record<string, FlatValue> => {
  const flat: Record<string, FlatValue> = {};
  const put = (key: string, value: unknown): void => {
    if (Array.isArray(value)) flat[key] = value.join(', ');
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      flat[key] = value;
  };
  for (const [key, value] of Object.entries(propertiesOf(event))) {
    if (key === 'values' && value && typeof value === 'object')
      for (const [field, answer] of Object.entries(value)) put(`field_${field}`, answer);
    else put(key, value);
  }
  return flat;
};
