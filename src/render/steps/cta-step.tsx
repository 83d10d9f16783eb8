import { Actions } from './step-parts';
import type { StepViewProps } from './step-view';

/** A click is the commitment: one button. */
export const ctaStep = ({ step, send, messages, busy, back }: StepViewProps) => (
  <Actions
    label={step.button ?? messages.continue}
    busy={busy}
    messages={messages}
    back={back}
    onClick={() => send({ type: 'next' })}
  />
);
