import type { YesLadderEvent } from '../../src/events/types';

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
