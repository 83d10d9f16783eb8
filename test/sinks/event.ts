import type { YesLadderEvent } from '../../src/events/types';

/** A sink-facing event with every required field, for sink tests. */
export const sampleEvent = (overrides: Partial<YesLadderEvent> = {}): YesLadderEvent => ({
  name: 'step_view',
  form_id: 'free-guide',
  variant: 'default',
  session_id: 's1',
  step_id: 'email',
  step_index: 1,
  step_count: 4,
  timestamp: 1000,
  ...overrides,
});
