import { useRef } from 'preact/hooks';
import { currentStep, progressOf } from '../flow/progress';
import { formatMessage } from '../validate/messages';
import { HoneypotView } from './honeypot-view';
import { ProgressView } from './progress-view';
import { RichText } from './rich-text';
import { useFocus } from './use-focus';
import type { FormViewProps, ViewAction } from './view-types';

/**
 * The whole widget for one flow state: exactly one step, its progress, its errors and
 * the submission's state. It only reads `state` and sends actions; the store does the rest.
 */
export function FormView({ state, send, messages, uid, focus, views }: FormViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const step = currentStep(state);
  const { status } = state;
  const busy = status === 'submitting';
  // Finished without a thanks step: only the "done" heading is left to show.
  const done = status === 'done' && step.type !== 'thanks';
  // Nothing may change while the final submission is on its way.
  const act = (action: ViewAction) => {
    if (!busy) send(action);
  };

  const title = done ? messages.done : (step.title ?? (step.type === 'thanks' ? messages.done : undefined));
  // An untitled step still needs a name: its first field's label, else its button.
  const name =
    title ?? step.fields.find((f) => f.type !== 'hidden')?.label ?? step.button ?? messages.continue;
  const { current, total } = progressOf(state);
  const progress =
    state.form.progress && step.type !== 'thanks' && !done
      ? formatMessage(messages.progress, { current, total })
      : undefined;

  // Announce steps the person moves to, not the one the page loaded with.
  const place = `${state.history.length}${step.id}${done}`;
  const first = useRef(place);
  const moved = useRef(false);
  if (place !== first.current) moved.current = true;
  // A failure speaks through its own alert.
  const announcement = busy
    ? messages.sending
    : moved.current && status !== 'failed'
      ? [progress, name].filter(Boolean).join(': ')
      : '';

  useFocus(root, heading, focus, uid, title !== undefined, summary);
  // The latest focus request names a field only after a failed Next; stepping on replaces it.
  const failedNext = focus?.target === 'field' && status === 'active';

  // A character field names cannot hold, so no field id can clash with it.
  const headingId = `${uid}:title`;
  const StepView = views.steps[step.type];
  const Summary = views.summary;
  // Back goes to the step shown before: a step passed over (prefilled) is not one.
  const back =
    current > 1 && status === 'active' && step.type !== 'thanks' ? (
      <button type="button" class="yl-back" onClick={() => act({ type: 'back' })}>
        {messages.back}
      </button>
    ) : undefined;

  return (
    <div class="yl" ref={root}>
      {progress && <ProgressView text={progress} current={current} total={total} />}
      <div class="yl-step" key={step.id + done}>
        <h2 class={title ? 'yl-title' : 'yl-title yl-sr'} id={headingId} tabIndex={-1} ref={heading}>
          {name}
        </h2>
        {!done && failedNext && Summary && (
          <Summary step={step} errors={state.errors} messages={messages} uid={uid} box={summary} />
        )}
        {!done && step.body && (
          <p class="yl-body">
            <RichText text={step.body} />
          </p>
        )}
        {!done && StepView && (
          <StepView
            step={step}
            state={state}
            send={act}
            messages={messages}
            uid={uid}
            busy={busy}
            headingId={headingId}
            back={back}
          />
        )}
      </div>
      {status === 'failed' && (
        <div class="yl-alert">
          <p role="alert">{state.failure ?? messages.submit_failed}</p>
          <button type="button" class="yl-btn" onClick={() => act({ type: 'retry' })}>
            {messages.retry}
          </button>
        </div>
      )}
      <p class="yl-sr" aria-live="polite">
        {announcement}
      </p>
      {state.form.spam.honeypot && <HoneypotView form={state.form} uid={uid} />}
    </div>
  );
}
