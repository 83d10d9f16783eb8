import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { clickTrigger } from '../../src/embed/triggers/click';
import { delayTrigger } from '../../src/embed/triggers/delay';
import { exitIntentTrigger } from '../../src/embed/triggers/exit-intent';
import { scrollDepthTrigger } from '../../src/embed/triggers/scroll-depth';
import type { SessionStore } from '../../src/embed/triggers/session-guard';
import { watchTriggers } from '../../src/embed/triggers/watch-triggers';
import type { Display } from '../../src/schema/model';

beforeEach(() => {
  document.body.innerHTML =
    '<main><button id="get" class="get"><span>Get the free guide</span></button><p id="text">Text</p></main>';
  scrollTo(0, 2768);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A page 2768px tall in a 768px window (2000px of scrolling), scrolled to `y`. */
const scrollTo = (y: number, height = 2768) => {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: height, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
};
const scroll = (y: number) => {
  scrollTo(y);
  window.dispatchEvent(new Event('scroll'));
};
const leaveTop = (init: MouseEventInit = {}) =>
  document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, relatedTarget: null, ...init }));
const setVisibility = (state: 'hidden' | 'visible') => {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};
const touchScreen = () =>
  vi
    .spyOn(window, 'matchMedia')
    .mockImplementation((query: string) => ({ matches: query === '(pointer: coarse)' }) as MediaQueryList);
const memoryStorage = (): SessionStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
};
const display = (trigger: Display['trigger'], repeat = false): Display => ({
  mode: 'modal',
  placement: 'bottom',
  trigger,
  repeat,
});

test('a click on the trigger, or inside it, opens with the trigger element, every time', () => {
  const open = vi.fn();
  clickTrigger(window, { selector: '.get' }, open);
  const button = document.querySelector('#get') as HTMLElement;
  (document.querySelector('#get span') as HTMLElement).click();
  button.click();
  (document.querySelector('#text') as HTMLElement).click();
  expect(open.mock.calls).toEqual([[button], [button]]);
});

test('a click trigger stops listening after its cleanup', () => {
  const open = vi.fn();
  clickTrigger(window, { selector: '#get' }, open)();
  (document.querySelector('#get') as HTMLElement).click();
  expect(open).not.toHaveBeenCalled();
});

test('an invalid click selector is reported once and never throws into the page', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const open = vi.fn();
  clickTrigger(window, { selector: '#get[' }, open);
  (document.querySelector('#get') as HTMLElement).click();
  (document.querySelector('#get') as HTMLElement).click();
  expect(open).not.toHaveBeenCalled();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]?.[0])).toContain('"#get["');
});

test('a delay trigger opens once after its delay, and not when cleaned up first', () => {
  vi.useFakeTimers();
  const open = vi.fn();
  const cancelled = vi.fn();
  delayTrigger(window, { ms: 5000 }, open);
  delayTrigger(window, { ms: 5000 }, cancelled)();
  vi.advanceTimersByTime(4999);
  expect(open).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  vi.advanceTimersByTime(10_000);
  expect(open).toHaveBeenCalledTimes(1);
  expect(cancelled).not.toHaveBeenCalled();
});

test('a scroll trigger opens once when the page is scrolled to its depth', () => {
  scrollTo(0);
  const open = vi.fn();
  scrollDepthTrigger(window, { percent: 50 }, open);
  scroll(500);
  expect(open).not.toHaveBeenCalled();
  scroll(1000);
  scroll(1500);
  expect(open).toHaveBeenCalledTimes(1);
});

test('a scroll trigger at 100% opens at the very bottom', () => {
  scrollTo(0);
  const open = vi.fn();
  scrollDepthTrigger(window, { percent: 100 }, open);
  scroll(1990);
  expect(open).not.toHaveBeenCalled();
  scroll(1999.5);
  expect(open).toHaveBeenCalledTimes(1);
});

test('exit intent on a desktop opens once when the pointer leaves through the top of the window', () => {
  const open = vi.fn();
  exitIntentTrigger(window, {}, open);
  leaveTop({ clientY: 200 });
  leaveTop({ relatedTarget: document.body });
  expect(open).not.toHaveBeenCalled();
  leaveTop({ clientY: -3 });
  leaveTop();
  expect(open).toHaveBeenCalledTimes(1);
});

test('exit intent on a touch screen opens on a fast scroll back up after reading part of the page', () => {
  touchScreen();
  scrollTo(0);
  let now = 0;
  const open = vi.fn();
  exitIntentTrigger(window, { now: () => now }, open);
  for (const y of [300, 600, 900]) {
    now += 500;
    scroll(y);
  }
  now += 100;
  scroll(800);
  expect(open).not.toHaveBeenCalled();
  now += 250;
  scroll(650);
  expect(open).toHaveBeenCalledTimes(1);
  leaveTop();
  expect(open).toHaveBeenCalledTimes(1);
});

test('exit intent on a touch screen ignores slow scrolling up, and fast scrolling near the top', () => {
  touchScreen();
  scrollTo(0);
  let now = 0;
  const open = vi.fn();
  exitIntentTrigger(window, { now: () => now }, open);
  scroll(500);
  now += 100;
  scroll(250);
  expect(open).not.toHaveBeenCalled();
  for (const y of [900, 800, 700, 600, 500]) {
    now += 400;
    scroll(y);
  }
  expect(open).not.toHaveBeenCalled();
});

test('exit intent on a touch screen opens when the person comes back to a tab hidden after engaging', () => {
  touchScreen();
  const open = vi.fn();
  exitIntentTrigger(window, {}, open);
  setVisibility('hidden');
  setVisibility('visible');
  expect(open).not.toHaveBeenCalled();
  document.dispatchEvent(new Event('keydown'));
  setVisibility('hidden');
  expect(open).not.toHaveBeenCalled();
  setVisibility('visible');
  expect(open).toHaveBeenCalledTimes(1);
});

test('automatic triggers open a form at most once a session, across page views', () => {
  vi.useFakeTimers();
  const storage = memoryStorage();
  const first = vi.fn();
  watchTriggers(window, 'guide', display({ delay: 1000, exit: true }), {
    open: first,
    isOpen: () => false,
    storage,
  });
  vi.advanceTimersByTime(1000);
  leaveTop();
  expect(first).toHaveBeenCalledTimes(1);
  expect(first).toHaveBeenCalledWith(null);

  const next = vi.fn();
  watchTriggers(window, 'guide', display({ delay: 1000, exit: true }), {
    open: next,
    isOpen: () => false,
    storage,
  });
  vi.advanceTimersByTime(1000);
  leaveTop();
  expect(next).not.toHaveBeenCalled();
  const other = vi.fn();
  watchTriggers(window, 'other', display({ delay: 1000 }), { open: other, isOpen: () => false, storage });
  vi.advanceTimersByTime(1000);
  expect(other).toHaveBeenCalledTimes(1);
});

test('with repeat, automatic triggers open the form again on the next page view', () => {
  vi.useFakeTimers();
  const storage = memoryStorage();
  const open = vi.fn();
  for (let view = 0; view < 2; view++) {
    watchTriggers(window, 'guide', display({ delay: 1000 }, true), { open, isOpen: () => false, storage });
    vi.advanceTimersByTime(1000);
  }
  expect(open).toHaveBeenCalledTimes(2);
});

test('a click opens the form even after the session saw it, and then keeps automatic triggers quiet', () => {
  vi.useFakeTimers();
  const storage = memoryStorage();
  const open = vi.fn();
  const stop = watchTriggers(window, 'guide', display({ click: '#get', delay: 1000 }), {
    open,
    isOpen: () => false,
    storage,
  });
  const button = document.querySelector('#get') as HTMLElement;
  button.click();
  vi.advanceTimersByTime(1000);
  button.click();
  expect(open.mock.calls).toEqual([[button], [button]]);
  stop();
  button.click();
  expect(open).toHaveBeenCalledTimes(2);
});

test('an automatic trigger that fires while the form is open does not open it again', () => {
  vi.useFakeTimers();
  const open = vi.fn();
  watchTriggers(window, 'guide', display({ delay: 1000 }), {
    open,
    isOpen: () => true,
    storage: memoryStorage(),
  });
  vi.advanceTimersByTime(1000);
  expect(open).not.toHaveBeenCalled();
});

test('storage that throws falls back to memory: still once a page view, never an error', () => {
  vi.useFakeTimers();
  const broken: SessionStore = {
    getItem() {
      throw new Error('SecurityError');
    },
    setItem() {
      throw new Error('QuotaExceededError');
    },
  };
  const open = vi.fn();
  watchTriggers(window, 'guide', display({ delay: 1000, exit: true }), {
    open,
    isOpen: () => false,
    storage: broken,
  });
  vi.advanceTimersByTime(1000);
  leaveTop();
  expect(open).toHaveBeenCalledTimes(1);
});

test('the cleanup removes every trigger listener and timer', () => {
  vi.useFakeTimers();
  scrollTo(0);
  const open = vi.fn();
  const stop = watchTriggers(
    window,
    'guide',
    display({ click: '#get', delay: 1000, scroll: 10, exit: true }),
    {
      open,
      isOpen: () => false,
      storage: memoryStorage(),
    },
  );
  stop();
  (document.querySelector('#get') as HTMLElement).click();
  vi.advanceTimersByTime(5000);
  scroll(1500);
  leaveTop();
  expect(open).not.toHaveBeenCalled();
});
