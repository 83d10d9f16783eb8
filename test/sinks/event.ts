import type { EventName, SinkEvent, YesLadderEvent } from '../../src/events/types';

/** A sink-facing event with every required field (a `step_view` unless overridden), for sink tests. */
export const sampleEvent = (overrides: Record<string, unknown> = {}): YesLadderEvent =>
  ({
    name: 'step_view',
    event_version: 1,
    form_id: 'free-guide',
    variant: 'default',
    session_id: 's1',
    step_id: 'email',
    step_index: 1,
    step_count: 4,
    timestamp: 1000,
    direction: 'forward',
    ...overrides,
  }) as YesLadderEvent;

/** Each event name with every field its payload can carry. */
const fullPayloads: Readonly<Record<EventName, Record<string, unknown>>> = {
  form_view: {},
  step_view: { direction: 'back' },
  step_complete: { duration_ms: 1200, values: { role: 'founder', topics: ['seo', 'ads'] } },
  field_invalid: { field: 'email', error_code: 'invalid_email' },
  lead_capture: { submission: 'lead' },
  form_submit: { values: { role: 'founder' } },
  submit_error: { submission: 'final', reason: 'http_503' },
  form_abandon: { duration_ms: 800 },
  next_step_click: { href: 'https://example.com/next' },
};

/** Every event name, in the README's order. */
export const eventNames = Object.keys(fullPayloads) as EventName[];

/** An event of this name with every field it can carry (`direction` only where it belongs). */
export const eventOf = (name: EventName): SinkEvent => {
  const { direction: _, ...common } = sampleEvent() as unknown as Record<string, unknown>;
  return { ...common, name, ...fullPayloads[name] } as SinkEvent;
};
