import { formatIssue } from '../../validate/messages';
import { fieldViews } from '../fields';
import { Actions } from './step-parts';
import type { StepViewProps } from './step-view';

/** The step's fields in a form; submitting it asks the flow for the next step. */
export const fieldsStep = ({ step, state, send, messages, uid, busy, back }: StepViewProps) => (
  <form
    class="yl-form"
    noValidate
    onSubmit={(e) => {
      e.preventDefault();
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
          />
        );
      })}
    </fieldset>
    <Actions label={step.button ?? messages.continue} busy={busy} messages={messages} back={back} />
  </form>
);
