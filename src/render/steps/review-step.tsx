import { stepById } from '../../flow/resolve-next';
import type { Field, Step, Value } from '../../schema/model';
import { formatMessage, type Messages } from '../../validate/messages';
import { Actions } from './step-parts';
import type { StepViewProps } from './step-view';

/** An answer in words: options by their label, a tick as yes or no. */
const shown = (field: Field, value: Value | undefined, messages: Messages): string => {
  if (typeof value === 'boolean') return value ? messages.yes : messages.no;
  const label = (v: string | number) => field.options.find((o) => o.value === v)?.label ?? String(v);
  // `Array.isArray` does not narrow a readonly array.
  const text =
    typeof value === 'object' ? value.map(label).join(', ') : value === undefined ? '' : label(value);
  return text || messages.not_given;
};

/**
 * Every answer on the path taken, as a description list, each with a "Change" button
 * that jumps back to its step (the normal flow then leads forward again, answers kept).
 * The step's own button sends the form.
 */
export const reviewStep = ({ step, state, send, messages, busy, back }: StepViewProps) => {
  const rows = state.history
    .map((id) => stepById(state.form, id) as Step)
    .flatMap((taken) => taken.fields.filter((f) => f.type !== 'hidden').map((field) => ({ taken, field })));
  return (
    <>
      <dl class="yl-review">
        {rows.map(({ taken, field }) => (
          <div key={field.name}>
            <dt>{field.label}</dt>
            <dd>{shown(field, state.answers[field.name], messages)}</dd>
            <dd>
              <button
                type="button"
                class="yl-back"
                aria-label={formatMessage(messages.change_answer, { label: field.label })}
                aria-disabled={busy || undefined}
                onClick={() => send({ type: 'go_to', stepId: taken.id })}
              >
                {messages.change}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <Actions
        label={step.button ?? messages.send}
        busy={busy}
        messages={messages}
        back={back}
        onClick={() => send({ type: 'next' })}
      />
    </>
  );
};
