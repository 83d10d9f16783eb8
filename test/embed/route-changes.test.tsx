import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { mount } from '../../src/embed/mount';
import { route, watchRoutes } from '../../src/embed/route-changes';
import { onPages } from '../../src/embed/triggers/watch-triggers';

// A single-page app's route changes, in happy-dom (which has no Navigation API, so this is the
// history-wrapping path; Chromium's Navigation API path is in test/e2e/spa.test.ts).

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '<main><button id="offer" type="button">Offer</button><div id="f"></div></main>';
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

test('pushState, replaceState to another URL, popstate and route() are route changes; a hash or the same URL is not', () => {
  const changed = vi.fn();
  const stop = watchRoutes(window, changed);
  window.history.pushState(null, '', '/pricing');
  expect(changed).toHaveBeenCalledTimes(1);
  window.history.replaceState({ scroll: 10 }, '', '/pricing');
  window.history.pushState(null, '', '/pricing#plans');
  expect(changed).toHaveBeenCalledTimes(1);
  window.history.replaceState(null, '', '/pricing?plan=pro');
  expect(changed).toHaveBeenCalledTimes(2);
  window.history.replaceState(null, '', '/');
  window.dispatchEvent(new PopStateEvent('popstate'));
  expect(changed).toHaveBeenCalledTimes(3);
  route();
  expect(changed).toHaveBeenCalledTimes(4);
  stop();
  window.history.pushState(null, '', '/about');
  route();
  expect(changed).toHaveBeenCalledTimes(4);
});

test('history is wrapped once, however many forms watch, and still does its own work', () => {
  const push = window.history.pushState;
  const stops = [watchRoutes(window, () => {}), watchRoutes(window, () => {})];
  expect(window.history.pushState).toBe(push);
  window.history.pushState({ n: 1 }, '', '/one');
  expect(window.location.pathname).toBe('/one');
  expect(window.history.state).toEqual({ n: 1 });
  for (const stop of stops) stop();
});

test('pages patterns: * within a path segment, ** across them, the rest as written', () => {
  expect(onPages('/pricing', undefined)).toBe(true);
  expect(onPages('/pricing', ['/pricing'])).toBe(true);
  expect(onPages('/pricing/pro', ['/pricing'])).toBe(false);
  expect(onPages('/blog/post-1', ['/blog/*'])).toBe(true);
  expect(onPages('/blog/2026/post-1', ['/blog/*'])).toBe(false);
  expect(onPages('/blog/2026/post-1', ['/blog/**'])).toBe(true);
  expect(onPages('/shop/a.b', ['/shop/a.b'])).toBe(true);
  expect(onPages('/shop/aXb', ['/shop/a.b'])).toBe(false);
  expect(onPages('/', ['/pricing', '/'])).toBe(true);
});

const offer = (trigger: Record<string, unknown>) => ({
  id: `offer-${Math.random().toString(36).slice(2)}`,
  display: { mode: 'modal', trigger },
  steps: [
    { id: 'start', type: 'cta', title: 'A deal for you', button: 'Show me' },
    { id: 'thanks', type: 'thanks', title: 'Done' },
  ],
});
const memory = () => {
  const kept = new Map<string, string>();
  return {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
  };
};
const dialogOpen = () =>
  Boolean(document.querySelector('[data-yesladder-host]')?.shadowRoot?.querySelector('dialog[open]'));

test('a route change clears a pending delay; the new page arms its own, where pages lets it', () => {
  vi.useFakeTimers();
  const handle = mount('#f', offer({ delay: 1000, pages: ['/', '/pricing'] }), { sessionStorage: memory() });
  vi.advanceTimersByTime(600);
  window.history.pushState(null, '', '/about');
  vi.advanceTimersByTime(2000);
  // Left the page before the delay: cleared; /about is not in pages: nothing armed.
  expect(dialogOpen()).toBe(false);
  window.history.pushState(null, '', '/pricing');
  vi.advanceTimersByTime(999);
  expect(dialogOpen()).toBe(false);
  vi.advanceTimersByTime(1);
  expect(dialogOpen()).toBe(true);
  handle.destroy();
});

test('a route change closes an open modal; its answers are kept for the next opening', () => {
  const handle = mount('#f', offer({ click: '#offer' }), { sessionStorage: memory() });
  (document.querySelector('#offer') as HTMLButtonElement).click();
  expect(dialogOpen()).toBe(true);
  window.history.pushState(null, '', '/elsewhere');
  expect(dialogOpen()).toBe(false);
  // The page's button still opens it: the click trigger was armed again.
  (document.querySelector('#offer') as HTMLButtonElement).click();
  expect(dialogOpen()).toBe(true);
  handle.destroy();
});

test('pages keeps every trigger, a click too, off the pages it does not name', () => {
  window.history.replaceState(null, '', '/blog/post');
  const handle = mount('#f', offer({ click: '#offer', pages: ['/pricing'] }), { sessionStorage: memory() });
  (document.querySelector('#offer') as HTMLButtonElement).click();
  expect(dialogOpen()).toBe(false);
  handle.destroy();
});
