import type { FlowEvent } from '../flow/types';
import type { Form, Value } from '../schema/model';

/** Names of the fields that opted in to analytics with `track: true`. */
const trackedNames = (form: Form): Set<string> => {
  const names = new Set<string>();
  for (const step of form.steps) for (const field of step.fields) if (field.track) names.add(field.name);
  return names;
};

/**
 * Turns a flow event into what a sink may see: only `track: true` field values survive,
 * `undefined` keys are dropped, and the result is frozen because every sink shares it.
 */
export const toSinkEvent = <E extends FlowEvent>(form: Form, event: E): E => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event))
    if (value !== undefined && key !== 'values') out[key] = value;
  if ('values' in event && event.values) {
    const tracked = trackedNames(form);
    const values: Record<string, Value> = {};
    for (const [name, value] of Object.entries(event.values)) {
      if (value !== undefined && tracked.has(name))
        values[name] = Array.isArray(value) ? Object.freeze([...value]) : (value as Value);
    }
    if (Object.keys(values).length > 0) out.values = Object.freeze(values);
  }
  return Object.freeze(out) as unknown as E;
};
