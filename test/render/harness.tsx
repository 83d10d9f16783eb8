import { act, cleanup, render } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { afterEach } from 'vitest';
import { initialState } from '../../src/flow/initial-state';
import { transition } from '../../src/flow/transition';
import type { Action, Effect, FlowState } from '../../src/flow/types';
import { allViews } from '../../src/render/all-views';
import { FormView } from '../../src/render/form-view';
import type { FocusRequest, ViewAction } from '../../src/render/view-types';
import { parseForm } from '../../src/schema/parse-form';
import { defaultMessages } from '../../src/validate/messages';
import { freeGuide } from '../fixtures/free-guide';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/**
 * Drives `FormView` as the store will: keeps a FlowState, stamps `at` from a counter,
 * runs `transition`, and turns its focus effects into numbered focus requests.
 */
export const renderForm = (config: unknown = freeGuide) => {
  const parsed = parseForm(config);
  if (!parsed.ok) throw parsed.error;
  let clock = 0;
  let seq = 0;
  let state: FlowState = initialState(parsed.form, 'session-1');
  let focus: FocusRequest | undefined;
  const sent: ViewAction[] = [];
  const effects: Effect[] = [];
  let refresh = () => {};

  const dispatch = (action: Action) => {
    const result = transition(state, action);
    state = result.state;
    effects.push(...result.effects);
    for (const effect of result.effects) {
      if (effect.type === 'focus') focus = { ...effect, seq: ++seq };
    }
    refresh();
  };
  const send = (action: ViewAction) => {
    sent.push(action);
    dispatch({ ...action, at: ++clock } as Action);
  };
  const messages = { ...defaultMessages, ...parsed.form.messages };

  const Harness = () => {
    const [, setTick] = useState(0);
    useEffect(() => {
      refresh = () => setTick((n) => n + 1);
    }, []);
    return <FormView state={state} send={send} messages={messages} uid="t" focus={focus} views={allViews} />;
  };

  const view = render(<Harness />);
  return {
    ...view,
    sent,
    effects,
    /** The store's side: what arrives from outside the view (submission results). */
    dispatch: (action: Action) => act(() => dispatch(action)),
    get state() {
      return state;
    },
  };
};
