import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { addPopoverStyles, popoverStyles } from '../../src/embed/display/popover-styles';
import { sharedSheet } from '../../src/embed/host';
import { type MountOptions, mount } from '../../src/embed/mount';
import type { SessionStore } from '../../src/embed/triggers/session-guard';
import type { YesLadderEvent } from '../../src/events/types';
import type { DisplayConfig } from '../../src/schema/config';
import { freeGuide } from '../fixtures/free-guide';

// The positioning module is the seam to the real browser (tested in test/e2e/display.test.ts):
// here it records what it was asked to anchor. With `available` false the popover frame is
// the core script build's stand-in (popover-frame.none.ts), as that build swaps it in.
const positioning = vi.hoisted(() => ({
  available: true,
  anchored: [] as { floating: HTMLElement; reference: Element; placement?: string; arrow?: HTMLElement }[],
  stopped: 0,
}));
vi.mock('../../src/embed/display/load-anchor', () => ({
  loadAnchor: () =>
    Promise.resolve({
      anchor: (
        floating: HTMLElement,
        reference: Element,
        options: { placement?: string; arrow?: HTMLElement },
      ) => {
        positioning.anchored.push({ floating, reference, ...options });
        return () => void positioning.stopped++;
      },
    }),
}));
vi.mock('../../src/embed/display/popover-frame', async () => {
  type Frames = typeof import('../../src/embed/display/popover-frame');
  const full = await vi.importActual<Frames>('../../src/embed/display/popover-frame');
  const core = await vi.importActual<Frames>('../../src/embed/display/popover-frame.none');
  return {
    popoverFrame: ((root, options) =>
      (positioning.available ? full : core).popoverFrame(root, options)) satisfies Frames['popoverFrame'],
  };
});

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;

beforeEach(() => {
  document.body.innerHTML =
    '<main><h1>Landing page</h1><button id="get" type="button">Get the free guide</button><input id="search" /><div id="signup"></div></main>';
  document.documentElement.style.overflow = 'scroll';
  positioning.available = true;
  positioning.anchored = [];
  positioning.stopped = 0;
});
const handles: { destroy(): void }[] = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.documentElement.style.overflow = '';
});

const memoryStorage = (): SessionStore => {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
};

const mountWith = (display: DisplayConfig, options: MountOptions = {}) => {
  const events: YesLadderEvent[] = [];
  const handle = mount(
    '#signup',
    { ...guide, display },
    {
      sessionId: 's',
      onEvent: (event) => void events.push(event),
      sessionStorage: memoryStorage(),
      ...options,
    },
  );
  handles.push(handle);
  return { handle, events, names: () => events.map((event) => `${event.name}:${event.step_id}`) };
};

const shadow = () => {
  const root = document.querySelector('[data-yesladder-host]')?.shadowRoot;
  if (!root) throw new Error('no form on the page');
  return root;
};
const inForm = () => within(shadow() as unknown as HTMLElement);
const dialog = () => shadow().querySelector('dialog') as HTMLDialogElement;
const popover = () => shadow().querySelector('[popover]') as HTMLElement;
const focused = () => shadow().activeElement ?? document.activeElement;
const trigger = () => document.querySelector('#get') as HTMLButtonElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('a modal form shows nothing and sends no event until it is opened', () => {
  const { names } = mountWith({ mode: 'modal', trigger: { click: '#get' } });
  expect(dialog().open).toBe(false);
  expect(names()).toEqual([]);
});

test('opening a modal shows it, counts the view once, and moves focus to its step heading', () => {
  const { handle, names } = mountWith({ mode: 'modal', trigger: { click: '#get' } });
  trigger().focus();
  trigger().click();
  expect(dialog().open).toBe(true);
  expect(names()).toEqual(['form_view:start', 'step_view:start']);
  expect(focused()?.textContent).toBe('Get your free guide');
  expect(dialog().getAttribute('aria-labelledby')).toBe(inForm().getByRole('heading').id);
  handle.close();
  trigger().click();
  expect(names()).toEqual(['form_view:start', 'step_view:start']);
});

test('a modal closed by the browser (Escape) hands focus back to the trigger and unlocks scrolling', () => {
  mountWith({ mode: 'modal', trigger: { click: '#get' } });
  trigger().focus();
  trigger().click();
  expect(document.documentElement.style.overflow).toBe('hidden');
  dialog().close();
  expect(document.documentElement.style.overflow).toBe('scroll');
  expect(document.activeElement).toBe(trigger());
});

test('the close button has a name, closes the modal and returns focus to the trigger', () => {
  mountWith({ mode: 'modal', trigger: { click: '#get' } });
  trigger().focus();
  trigger().click();
  const close = inForm().getByRole('button', { name: 'Close' });
  close.focus();
  fireEvent.click(close);
  expect(dialog().open).toBe(false);
  expect(document.activeElement).toBe(trigger());
});

test('the close button speaks the config’s words', () => {
  handles.push(mount('#signup', { ...guide, display: { mode: 'modal' }, messages: { close: 'Fermer' } }));
  expect(inForm().getByRole('button', { name: 'Fermer', hidden: true })).toBeTruthy();
});

test('a click on the backdrop closes the modal; a click or a drag inside does not', () => {
  mountWith({ mode: 'modal', trigger: { click: '#get' } });
  trigger().click();
  const heading = inForm().getByRole('heading');
  fireEvent.pointerDown(heading);
  fireEvent.click(heading);
  fireEvent.click(dialog());
  expect(dialog().open).toBe(true);
  fireEvent.pointerDown(dialog());
  fireEvent.click(dialog());
  expect(dialog().open).toBe(false);
});

test('focus is not pulled back from the page when the modal closes while focus is elsewhere', () => {
  const { handle } = mountWith({ mode: 'modal', trigger: { click: '#get' } });
  trigger().click();
  const search = document.querySelector('#search') as HTMLInputElement;
  search.focus();
  handle.close();
  expect(document.activeElement).toBe(search);
});

test('answers survive closing and reopening', () => {
  const { handle } = mountWith({ mode: 'modal', trigger: { click: '#get' } });
  trigger().click();
  fireEvent.click(inForm().getByRole('button', { name: 'Get the guide' }));
  fireEvent.input(inForm().getByRole('textbox', { name: /Where should we send it/ }), {
    target: { value: 'ada@example.com' },
  });
  handle.close();
  trigger().click();
  expect((inForm().getByRole('textbox', { name: /Where should we send it/ }) as HTMLInputElement).value).toBe(
    'ada@example.com',
  );
  expect(handle.answers()).toEqual({ email: 'ada@example.com' });
});

test('a delay trigger opens the modal once a session, across page views', () => {
  vi.useFakeTimers();
  const sessionStorage = memoryStorage();
  const first = mountWith({ mode: 'modal', trigger: { delay: 3000 } }, { sessionStorage });
  vi.advanceTimersByTime(3000);
  expect(dialog().open).toBe(true);
  expect(first.names()).toEqual(['form_view:start', 'step_view:start']);
  first.handle.destroy();

  const next = mountWith({ mode: 'modal', trigger: { delay: 3000 } }, { sessionStorage });
  vi.advanceTimersByTime(10_000);
  expect(dialog().open).toBe(false);
  expect(next.names()).toEqual([]);
});

test('with repeat, a delay trigger opens the modal on every page view', () => {
  vi.useFakeTimers();
  const sessionStorage = memoryStorage();
  mountWith({ mode: 'modal', trigger: { delay: 3000 }, repeat: true }, { sessionStorage }).handle.destroy();
  mountWith({ mode: 'modal', trigger: { delay: 3000 }, repeat: true }, { sessionStorage });
  vi.advanceTimersByTime(3000);
  expect(dialog().open).toBe(true);
});

test('without a trigger a modal opens only through open()', () => {
  vi.useFakeTimers();
  const { handle, names } = mountWith({ mode: 'modal' });
  vi.advanceTimersByTime(60_000);
  expect(dialog().open).toBe(false);
  handle.open();
  expect(dialog().open).toBe(true);
  expect(names()).toEqual(['form_view:start', 'step_view:start']);
});

test('destroy closes the modal, unlocks scrolling, removes the form and stops its triggers', () => {
  const { handle, names } = mountWith({ mode: 'modal', trigger: { click: '#get' } });
  trigger().click();
  handle.destroy();
  expect(document.documentElement.style.overflow).toBe('scroll');
  expect(document.querySelector('[data-yesladder-host]')).toBeNull();
  trigger().click();
  handle.open();
  handle.close();
  expect(names()).toEqual(['form_view:start', 'step_view:start']);
});

test('a click on the page’s button opens a popover anchored to it, below it by default', async () => {
  const { names } = mountWith({ mode: 'popover', trigger: { click: '#get' } });
  expect(popover().hidden).toBe(true);
  expect(popover().getAttribute('popover')).toBe('manual');
  trigger().click();
  await settle();
  expect(popover().hidden).toBe(false);
  expect(popover().getAttribute('role')).toBe('dialog');
  expect(positioning.anchored).toEqual([
    {
      floating: popover(),
      reference: trigger(),
      placement: 'bottom',
      arrow: popover().querySelector('.yl-arrow'),
    },
  ]);
  expect(names()).toEqual(['form_view:start', 'step_view:start']);
  expect(focused()?.textContent).toBe('Get your free guide');
});

test('a popover points at its anchor selector when one is given', async () => {
  document.body.insertAdjacentHTML('beforeend', '<img id="hero" alt="" />');
  mountWith({ mode: 'popover', anchor: '#hero', placement: 'right-start', trigger: { click: '#get' } });
  trigger().click();
  await settle();
  expect(positioning.anchored[0]?.reference).toBe(document.querySelector('#hero'));
  expect(positioning.anchored[0]?.placement).toBe('right-start');
});

test('Escape closes the popover, stops its positioning and returns focus to the button', async () => {
  mountWith({ mode: 'popover', trigger: { click: '#get' } });
  trigger().focus();
  trigger().click();
  await settle();
  fireEvent.keyDown(focused() as Element, { key: 'Escape' });
  expect(popover().hidden).toBe(true);
  expect(positioning.stopped).toBe(1);
  expect(document.activeElement).toBe(trigger());
});

test('a closed popover reopens on the next click with its answers', async () => {
  const { handle, names } = mountWith({ mode: 'popover', trigger: { click: '#get' } });
  trigger().click();
  await settle();
  fireEvent.click(inForm().getByRole('button', { name: 'Get the guide' }));
  fireEvent.input(inForm().getByRole('textbox', { name: /Where should we send it/ }), {
    target: { value: 'ada@example.com' },
  });
  inForm().getByRole('button', { name: 'Close' }).click();
  expect(popover().hidden).toBe(true);
  trigger().click();
  await settle();
  expect(popover().hidden).toBe(false);
  expect(handle.answers()).toEqual({ email: 'ada@example.com' });
  expect(names().filter((name) => name.startsWith('form_view'))).toEqual(['form_view:start']);
  expect(positioning.anchored).toHaveLength(2);
});

test('a popover closed before its positioning loaded is never anchored', async () => {
  const { handle } = mountWith({ mode: 'popover', trigger: { click: '#get' } });
  handle.open();
  handle.close();
  await settle();
  expect(positioning.anchored).toEqual([]);
});

const popoverSheet = () => sharedSheet(popoverStyles) as CSSStyleSheet;

test('a popover adds its own narrow-screen sheet to its shadow root; a modal does not', () => {
  const modal = mountWith({ mode: 'modal' }).handle;
  // The form's sheet and the one of what only the runtime draws.
  expect(shadow().adoptedStyleSheets).toHaveLength(2);
  expect(shadow().adoptedStyleSheets).not.toContain(popoverSheet());
  modal.destroy();
  mountWith({ mode: 'popover', trigger: { click: '#get' } });
  // After the form's, so it wins where both set a property.
  expect(shadow().adoptedStyleSheets.indexOf(popoverSheet())).toBe(shadow().adoptedStyleSheets.length - 1);
  expect(shadow().adoptedStyleSheets.length).toBe(3);
});

test('without a shadow root the popovers share one document sheet, removed with the last of them', () => {
  const before = document.adoptedStyleSheets.length;
  const first = mountWith({ mode: 'popover', trigger: { click: '#get' } }, { shadow: false }).handle;
  const second = mountWith({ mode: 'popover', trigger: { click: '#get' } }, { shadow: false }).handle;
  expect(document.adoptedStyleSheets.filter((sheet) => sheet === popoverSheet())).toHaveLength(1);
  first.destroy();
  expect(document.adoptedStyleSheets).toContain(popoverSheet());
  second.destroy();
  expect(document.adoptedStyleSheets).not.toContain(popoverSheet());
  expect(document.adoptedStyleSheets.length).toBeLessThanOrEqual(before);
});

test('without constructable sheets the popover’s sheet is a <style> with the host’s nonce', () => {
  // A root that cannot adopt sheets, as in browsers without them: createHost left a <style> there.
  const root = document.createDocumentFragment() as unknown as ShadowRoot;
  const hostStyle = document.createElement('style');
  hostStyle.nonce = 'r4nd0m';
  root.append(hostStyle);
  const remove = addPopoverStyles(root);
  const added = root.querySelectorAll('style')[1];
  expect([added?.nonce, added?.textContent]).toEqual(['r4nd0m', popoverStyles]);
  remove();
  expect(root.querySelectorAll('style')).toHaveLength(1);
});

test('without the positioning code a popover falls back to a modal, with one warning', () => {
  positioning.available = false;
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  mountWith({ mode: 'popover', trigger: { click: '#get' } }).handle.destroy();
  mountWith({ mode: 'popover', trigger: { click: '#get' } });
  trigger().click();
  expect(dialog().open).toBe(true);
  expect(shadow().querySelector('[popover]')).toBeNull();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]?.[0])).toContain('yesladder.popover.global.js');
});

test('an inline form is shown and counted at mount; open() and close() leave it alone', () => {
  const events: YesLadderEvent[] = [];
  const handle = mount('#signup', guide, { onEvent: (event) => void events.push(event) });
  handles.push(handle);
  handle.close();
  handle.open();
  expect(events.map((event) => event.name)).toEqual(['form_view', 'step_view']);
  expect(inForm().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
  expect(shadow().querySelector('dialog, [popover], .yl-close')).toBeNull();
});
