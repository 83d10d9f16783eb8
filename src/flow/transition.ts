import type { EventCommon, EventName, EventPayloads } from '../events/types';
import { kindOf } from '../schema/kinds';
import type { AnswerMap, Step } from '../schema/model';
import type { Issue } from '../validate/issue';
import { validateField } from '../validate/validate-field';
import { validateStep } from '../validate/validate-step';
import { currentStep, progressOf } from './progress';
import { resolveNext, stepById } from './resolve-next';
import { passesOver } from './skip-prefilled';
import type { Action, Effect, FlowEvent, FlowState, Transition } from './types';

// The flow imports only types from events/; this line stops compiling when the contract's version moves.
const eventVersion: EventCommon['event_version'] = 1;

const same = (state: FlowState): Transition => ({ state, effects: [] });

/** An event about the current step of `state`, with the payload its name calls for. */
const event = <N extends EventName>(
  state: FlowState,
  name: N,
  at: number,
  // The payload may be left out only where every field of it is optional (form_view).
  ...[extra]: Record<never, never> extends EventPayloads[N] ? [EventPayloads[N]?] : [EventPayloads[N]]
): Effect => {
  const { index, count } = progressOf(state);
  return {
    type: 'emit',
    event: {
      name,
      event_version: eventVersion,
      form_id: state.form.id,
      variant: state.form.variant,
      session_id: state.sessionId,
      step_id: currentStep(state).id,
      step_index: index,
      step_count: count,
      timestamp: at,
      ...extra,
    } as FlowEvent,
  };
};

const pick = (answers: AnswerMap, steps: readonly Step[]): AnswerMap => {
  const picked: Record<string, AnswerMap[string]> = {};
  for (const step of steps)
    for (const field of step.fields) if (field.name in answers) picked[field.name] = answers[field.name];
  return picked;
};

/** The answers of the steps actually taken: a branch left behind does not leak into the submission. */
const answersOnPath = (state: FlowState): AnswerMap =>
  pick(
    state.answers,
    state.history.map((id) => stepById(state.form, id) as Step),
  );

const withErrors = (state: FlowState, step: Step, issues: readonly Issue[]): FlowState => {
  const errors = { ...state.errors };
  for (const field of step.fields) delete errors[field.name];
  for (const issue of issues) errors[issue.path] = issue;
  return { ...state, errors };
};

/** Moves to `id`, forward (pushed on the path) or back (the path cut to it). */
const enter = (
  state: FlowState,
  id: string,
  at: number,
  direction: 'forward' | 'back' | 'jump',
): Transition => {
  const seen = state.history.indexOf(id);
  const history = seen >= 0 ? state.history.slice(0, seen + 1) : [...state.history, id];
  const next: FlowState = {
    ...state,
    history,
    enteredAt: at,
    // A step shown (jumped to, or one whose Next sends the form) is passed over no more.
    ...(state.skip && { skip: state.skip.filter((skipped) => skipped !== id) }),
  };
  return {
    state: next,
    effects: [event(next, 'step_view', at, { direction }), { type: 'focus', target: 'step' }],
  };
};

const submitFinal = (state: FlowState): Transition => ({
  state: { ...state, status: 'submitting', failure: undefined },
  effects: [
    { type: 'submit', submission: 'final', stepId: currentStep(state).id, answers: answersOnPath(state) },
  ],
});

/**
 * The current step passed its checks: measure it, keep the lead, then move on or submit.
 * `skipped`: it was passed over, never shown, because the page gave its answers.
 */
const complete = (state: FlowState, at: number, skipped?: true): Transition => {
  const step = currentStep(state);
  const effects: Effect[] = [
    event(state, 'step_complete', at, {
      duration_ms: skipped ? 0 : at - state.enteredAt,
      values: pick(state.answers, [step]),
      ...(skipped && { skipped }),
    }),
  ];
  const next = stepById(state.form, resolveNext(state.form, step, state.answers));
  const last = !next || next.type === 'thanks';
  if (step.lead) effects.push(event(state, 'lead_capture', at, { submission: last ? 'final' : 'lead' }));
  if (last) {
    const submitted = submitFinal(state);
    return { state: submitted.state, effects: [...effects, ...submitted.effects] };
  }
  if (step.lead)
    effects.push({ type: 'submit', submission: 'lead', stepId: step.id, answers: answersOnPath(state) });
  // A step the page already answered is completed as its Next would, and never shown.
  if (passesOver(state, next)) {
    const passed = complete({ ...state, history: [...state.history, next.id], enteredAt: at }, at, true);
    return { state: passed.state, effects: [...effects, ...passed.effects] };
  }
  const moved = enter(state, next.id, at, 'forward');
  return { state: moved.state, effects: [...effects, ...moved.effects] };
};

const next = (state: FlowState, at: number): Transition => {
  const step = currentStep(state);
  const retrying = state.status === 'failed';
  if ((state.status !== 'active' && !retrying) || step.type === 'thanks') return same(state);
  // Answers may have been edited after a failed submission: check them again either way.
  const issues = validateStep(step, state.answers);
  const checked = withErrors(state, step, issues);
  const first = issues[0];
  // A retry sends again without counting the step twice.
  if (!first) return retrying ? submitFinal(checked) : complete(checked, at);
  const touched = { ...state.touched };
  for (const field of step.fields) touched[field.name] = true;
  return {
    state: { ...checked, touched },
    effects: [
      ...issues.map((issue) =>
        event(state, 'field_invalid', at, { field: issue.path, error_code: issue.code }),
      ),
      { type: 'focus', target: 'field', name: first.path },
    ],
  };
};

const answer = (state: FlowState, name: string, value: AnswerMap[string]): Transition => {
  const answers = { ...state.answers, [name]: value };
  if (!state.touched[name]) return { state: { ...state, answers }, effects: [] };
  return { state: revalidate({ ...state, answers }, name), effects: [] };
};

/** Checks one field again as the person types, once it has been touched. */
const revalidate = (state: FlowState, name: string): FlowState => {
  const field = currentStep(state).fields.find((f) => f.name === name);
  if (!field) return state;
  const issue = validateField(field, state.answers[name]);
  // Nothing new found (a good answer still good, or the same finding): the errors stay as they were.
  if (state.errors[name] === issue) return state;
  const errors = { ...state.errors };
  if (issue) errors[name] = issue;
  else delete errors[name];
  return { ...state, errors };
};

/**
 * The whole funnel as one pure function: the new state, and the effects (events,
 * submissions, focus moves) for the store to carry out. No DOM, no clock, no I/O.
 */
export const transition = (state: FlowState, action: Action): Transition => {
  switch (action.type) {
    case 'start': {
      if (state.started) return same(state);
      const started = { ...state, started: true, enteredAt: action.at };
      const view = event(started, 'form_view', action.at);
      // A first step the page already answered is passed over, without taking the page's focus.
      if (passesOver(started, currentStep(started))) {
        const passed = complete(started, action.at, true);
        return { state: passed.state, effects: [view, ...passed.effects.filter((e) => e.type !== 'focus')] };
      }
      return {
        state: started,
        effects: [
          view,
          event(
            started,
            'step_view',
            action.at,
            state.restored ? { direction: 'forward', restored: true } : { direction: 'forward' },
          ),
        ],
      };
    }
    case 'answer':
      return answer(state, action.name, action.value);
    case 'blur': {
      const field = currentStep(state).fields.find((f) => f.name === action.name);
      // Tabbing past an empty field is not an error yet; a wrong value is.
      if (!field || state.touched[field.name] || kindOf(field.type).empty(state.answers[field.name]))
        return same(state);
      return same(revalidate({ ...state, touched: { ...state.touched, [field.name]: true } }, field.name));
    }
    case 'next':
      return next(state, action.at);
    case 'choose':
      return next(answer(state, action.name, action.value).state, action.at);
    case 'back': {
      // To the step shown before this one: never one the flow passed over.
      const shown = state.history.filter((id) => !state.skip?.includes(id));
      const to = shown[shown.length - 2];
      if (state.status !== 'active' || to === undefined) return same(state);
      return enter(state, to, action.at, 'back');
    }
    case 'go_to': {
      const target = stepById(state.form, action.stepId);
      if (state.status !== 'active' || !target || target.type === 'thanks') return same(state);
      return enter(state, target.id, action.at, 'jump');
    }
    case 'submitted': {
      if (action.submission === 'lead' || state.status !== 'submitting') return same(state);
      const done: FlowState = { ...state, status: 'done' };
      const effects: Effect[] = [event(done, 'form_submit', action.at, { values: answersOnPath(state) })];
      const thanks = stepById(state.form, resolveNext(state.form, currentStep(state), state.answers));
      if (!thanks) return { state: done, effects: [...effects, { type: 'focus', target: 'step' }] };
      const moved = enter(done, thanks.id, action.at, 'forward');
      return { state: moved.state, effects: [...effects, ...moved.effects] };
    }
    case 'submit_failed': {
      const failed = event(state, 'submit_error', action.at, {
        submission: action.submission,
        reason: action.reason,
      });
      if (action.submission === 'lead' || state.status !== 'submitting') return { state, effects: [failed] };
      return { state: { ...state, status: 'failed', failure: action.message }, effects: [failed] };
    }
    case 'retry':
      return state.status === 'failed' ? next(state, action.at) : same(state);
    case 'abandon':
      if (!state.started || state.abandoned || state.status === 'done') return same(state);
      return {
        state: { ...state, abandoned: true },
        effects: [event(state, 'form_abandon', action.at, { duration_ms: action.at - state.enteredAt })],
      };
    case 'offer_click': {
      const step = currentStep(state);
      if (step.type !== 'thanks') return same(state);
      return { state, effects: [event(state, 'next_step_click', action.at, { href: step.offer?.href })] };
    }
  }
};
