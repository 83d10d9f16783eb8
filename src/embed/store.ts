import { transition } from '../flow/transition';
import type { Action, Effect, FlowState } from '../flow/types';
import type { FocusRequest, ViewAction } from '../render/view-types';
import { shielded } from './prototype-shield';

export interface Store {
  state(): FlowState;
  /** The latest focus move the flow asked for; `seq` grows with each. */
  focus(): FocusRequest | undefined;
  /** Stamps the action with the clock, runs the transition, carries out its effects. */
  send(action: ViewAction): void;
  subscribe(listener: () => void): () => void;
}

/**
 * The thin shell around the pure flow. Actions sent while effects run (an event
 * listener calling `goTo`, say) are queued, so every transition sees the state
 * the one before it left.
 */
export const createStore = (initial: FlowState, run: (effect: Effect) => void, now: () => number): Store => {
  let state = initial;
  let focus: FocusRequest | undefined;
  let seq = 0;
  let busy = false;
  const queue: ViewAction[] = [];
  const listeners = new Set<() => void>();

  const step = (action: ViewAction) => {
    // Validation builds zod schemas, which a page's Object.prototype additions would break.
    const result = shielded(() => transition(state, { ...action, at: now() } as Action));
    state = result.state;
    for (const effect of result.effects) {
      if (effect.type === 'focus') focus = { ...effect, seq: ++seq };
      else run(effect);
    }
  };

  return {
    state: () => state,
    focus: () => focus,
    send(action) {
      queue.push(action);
      if (busy) return;
      busy = true;
      const [before, focusBefore] = [state, focus];
      try {
        for (let next = queue.shift(); next; next = queue.shift()) step(next);
      } catch (error) {
        // A bug of ours must not escape into the host page through an event handler.
        queue.length = 0;
        console.error('yesladder: internal error, please report it:', error);
      } finally {
        busy = false;
      }
      // An action that changed nothing (a lead's send confirmed, a blur on a field already
      // checked) costs no render: the view is a function of the state and the focus request.
      if (state === before && focus === focusBefore) return;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
