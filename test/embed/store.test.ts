import { expect, test, vi } from 'vitest';
import { createStore } from '../../src/embed/store';
import { initialState } from '../../src/flow/initial-state';
import { parseFormOrThrow } from '../../src/schema/parse-form';
import { freeGuide } from '../fixtures/free-guide';

const started = () => {
  const store = createStore(
    initialState(parseFormOrThrow(freeGuide), 's'),
    () => {},
    () => 1_000,
  );
  store.send({ type: 'start' });
  return store;
};

test('tells its listeners after an action that changed the state', () => {
  const store = started();
  const listener = vi.fn();
  store.subscribe(listener);
  store.send({ type: 'next' });
  expect(listener).toHaveBeenCalledTimes(1);
  expect(store.state().history).toEqual(['start', 'email']);
});

test('an action that changed nothing costs no render: its listeners are not called', () => {
  const store = started();
  const listener = vi.fn();
  store.subscribe(listener);
  const before = store.state();
  // A lead's send confirmed changes nothing the person sees.
  store.send({ type: 'submitted', submission: 'lead' });
  store.send({ type: 'back' });
  expect(store.state()).toBe(before);
  expect(listener).not.toHaveBeenCalled();
});
