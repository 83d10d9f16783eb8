import type { Form } from '../schema/model';
import type { FlowState } from './types';

/** A form on its first step with nothing answered, nothing shown yet. */
export const emptyState = (form: Form, sessionId: string): FlowState => ({
  form,
  sessionId,
  history: [form.steps[0]?.id ?? ''],
  answers: {},
  errors: {},
  touched: {},
  status: 'active',
  enteredAt: 0,
  started: false,
  abandoned: false,
});
