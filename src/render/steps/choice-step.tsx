import { formatIssue } from '../../validate/messages';
import type { StepViewProps } from './step-view';

const STEP: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** Arrow keys move focus between the options, wrapping; they never choose (WCAG 3.2.2). */
const moveFocus = (e: KeyboardEvent) => {
  const by = STEP[e.key];
  const options = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.yl-option'));
  const at = options.indexOf(e.target as HTMLElement);
  if (!by || at < 0) return;
  e.preventDefault();
  options[(at + by + options.length) % options.length]?.focus();
};

/** One question; each option is a big button that answers and moves on. */
export const choiceStep = ({ step, state, send, messages, uid, busy, headingId, back }: StepViewProps) => {
  const field = step.fields[0];
  if (!field) return null;
  const issue = state.errors[field.name];
  const errorId = `${uid}-${field.name}-error`;
  return (
    <>
      <fieldset
        class="yl-options"
        aria-labelledby={headingId}
        aria-describedby={issue ? errorId : undefined}
        onKeyDown={moveFocus}
      >
        {field.options.map((option) => (
          <button
            key={option.value}
            type="button"
            class="yl-option"
            name={`${uid}-${field.name}`}
            aria-pressed={state.answers[field.name] === option.value}
            aria-disabled={busy || undefined}
            onClick={() => send({ type: 'choose', name: field.name, value: option.value })}
          >
            {option.label}
          </button>
        ))}
      </fieldset>
      {issue && (
        <p class="yl-error" id={errorId}>
          {formatIssue(messages, issue)}
        </p>
      )}
      {back && <div class="yl-actions">{back}</div>}
    </>
  );
};
