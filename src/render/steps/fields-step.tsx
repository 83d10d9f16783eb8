import { formatIssue } from '../../validate/messages';
import { fieldViews } from '../fields';
import { enterKeyOf } from './enter-key';
import { Actions } from './step-parts';
import type { StepViewProps } from './step-view';

/** The step's fields in a form; submitting it asks the flow for the next step. */
export const fieldsStep = ({ step, state, send, messages, uid, busy, back }: StepViewProps) => {
  // What Enter does in any one-line field of the step: what the button does.
  const enter = enterKeyOf(state, step);
  return (
    <form
      class="yl-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // Enter in a field: the locked fieldset would drop focus to the page while sending, so hold it on the button.
        e.currentTarget.querySelector<HTMLElement>('.yl-btn')?.focus();
        send({ type: 'next' });
      }}
    >
      <fieldset class="yl-fields" disabled={busy}>
        {step.fields.map((field) => {
          const FieldView = fieldViews[field.type];
          const issue = state.errors[field.name];
          return (
            <FieldView
              key={field.name}
              field={field}
              value={state.answers[field.name]}
              send={send}
              messages={messages}
              uid={uid}
              error={issue && formatIssue(messages, issue)}
              enter={enter}
            />
          );
        })}
      </fieldset>
      <Actions label={step.button ?? messages.continue} busy={busy} messages={messages} back={back} />
    </form>
  );
};
