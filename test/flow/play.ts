import { initialState } from '../../src/flow/initial-state';
import { transition } from '../../src/flow/transition';
import type { Action, Effect, FlowEvent, FlowState } from '../../src/flow/types';
import { parseFormOrThrow } from '../../src/schema/parse-form';

type Act = Action extends infer A ? (A extends { at: number } ? Omit<A, 'at'> : A) : never;

/** Plays actions from a fresh state, one clock tick (10 ms) apart, and keeps every effect. */
export const play = (config: unknown, actions: readonly Act[], from?: FlowState) => {
  let state = from ?? initialState(parseFormOrThrow(config), 'session-1');
  const effects: Effect[] = [];
  let at = 1000;
  for (const action of actions) {
    at += 10;
    const result = transition(state, { ...action, at } as Action);
    state = result.state;
    effects.push(...result.effects);
  }
  const events = effects.flatMap((e): FlowEvent[] => (e.type === 'emit' ? [e.event] : []));
  return {
    state,
    effects,
    events,
    names: events.map((e) => e.name),
    submits: effects.filter((e) => e.type === 'submit'),
    focus: effects.filter((e) => e.type === 'focus'),
  };
};
