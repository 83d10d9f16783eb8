import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { DraftStorage } from '../../src/draft/safe-storage';
import { variantKey } from '../../src/embed/choose-variant';
import { mount } from '../../src/embed/mount';
import type { YesLadderEvent } from '../../src/events/types';
import { assignVariant } from '../../src/flow/assign-variant';
import { abGuide } from '../fixtures/ab-guide';

let page: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="signup"></div>';
  page = document.querySelector('#signup') as HTMLElement;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const memoryStorage = (): DraftStorage & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
};
const shown = () => {
  const root = page.querySelector('[data-yesladder-host]')?.shadowRoot;
  if (!root) throw new Error('no form on the page');
  return within(root as unknown as HTMLElement);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Mounts the A/B guide and records its events and submissions. */
const mountAb = (options: Parameters<typeof mount>[2] = {}) => {
  const events: YesLadderEvent[] = [];
  const submissions: { variant: string; submission: string }[] = [];
  const handle = mount('#signup', abGuide, {
    onSubmit: (_answers, meta) =>
      void submissions.push({ variant: meta.variant, submission: meta.submission }),
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { handle, events, submissions };
};

test('a visitor is assigned by the visitor id, the way assignVariant says, and the arm is remembered', () => {
  const storage = memoryStorage();
  const visitor = 'visitor-7';
  const expected = assignVariant(abGuide, visitor) as string;
  const { handle, events } = mountAb({ localStorage: storage, visitorId: visitor });
  expect(events[0]).toMatchObject({ name: 'form_view', variant: expected });
  expect(storage.items.get(variantKey('ab-guide'))).toBe(expected);
  handle.destroy();
});

test('the arm sticks: the next visit shows what this device was given, whatever the new random id says', () => {
  const storage = memoryStorage();
  storage.setItem(variantKey('ab-guide'), 'twostep');
  for (let visit = 0; visit < 5; visit++) {
    const { handle, events } = mountAb({ localStorage: storage, visitorId: `someone-else-${visit}` });
    expect(events.every((event) => event.variant === 'twostep')).toBe(true);
    expect(shown().getByText('Step 1 of 2')).toBeTruthy();
    handle.destroy();
  }
});

test('the control arm shows the one-page form; twostep shows the ladder', () => {
  const storage = memoryStorage();
  const control = mountAb({ localStorage: storage, variant: 'control' });
  expect(shown().getByLabelText(/Email/)).toBeTruthy();
  expect(shown().getByLabelText(/Your name/)).toBeTruthy();
  control.handle.destroy();
  const twostep = mountAb({ localStorage: storage, variant: 'twostep' });
  expect(shown().queryByLabelText(/Your name/)).toBeNull();
  expect(shown().getByText('Step 1 of 2')).toBeTruthy();
  twostep.handle.destroy();
});

test('a forced arm (previews, QA) is shown and nothing is remembered', () => {
  const storage = memoryStorage();
  const { handle, events } = mountAb({ localStorage: storage, variant: 'twostep' });
  expect(events[0]?.variant).toBe('twostep');
  expect(storage.items.size).toBe(0);
  handle.destroy();
});

test('a forced arm that does not exist says which arms do, and the visitor still gets one', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { handle, events } = mountAb({ localStorage: memoryStorage(), variant: 'threestep', visitorId: 'v' });
  expect(warn).toHaveBeenCalledWith(
    'yesladder: variant "threestep" is no arm of "ab-guide": control,twostep',
  );
  expect(['control', 'twostep']).toContain(events[0]?.variant);
  handle.destroy();
});

test('an arm the config no longer has is replaced by a current one', () => {
  const storage = memoryStorage();
  storage.setItem(variantKey('ab-guide'), 'retired');
  const { handle, events } = mountAb({ localStorage: storage, visitorId: 'v-1' });
  expect(events[0]?.variant).toBe(assignVariant(abGuide, 'v-1'));
  expect(storage.items.get(variantKey('ab-guide'))).toBe(assignVariant(abGuide, 'v-1'));
  handle.destroy();
});

test('the arm travels in every event and in the lead and final submissions', async () => {
  const { handle, events, submissions } = mountAb({ localStorage: memoryStorage(), variant: 'twostep' });
  fireEvent.input(shown().getByLabelText(/Email/), { target: { value: 'ada@example.com' } });
  fireEvent.click(shown().getByRole('button', { name: 'Send it to me' }));
  await settle();
  fireEvent.click(shown().getByRole('button', { name: 'Finish' }));
  await settle();
  expect(shown().getByRole('heading', { name: 'Check your inbox!' })).toBeTruthy();
  expect(submissions).toEqual([
    { variant: 'twostep', submission: 'lead' },
    { variant: 'twostep', submission: 'final' },
  ]);
  expect(events.map((event) => event.name)).toContain('form_submit');
  expect(new Set(events.map((event) => event.variant))).toEqual(new Set(['twostep']));
  handle.destroy();
});

test('storage that throws still shows an arm, and the page sees no error', () => {
  const error = vi.spyOn(console, 'error');
  const blocked: DraftStorage = {
    getItem: () => {
      throw new DOMException('blocked', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('blocked', 'SecurityError');
    },
    removeItem: () => {},
  };
  const { handle, events } = mountAb({ localStorage: blocked, visitorId: 'v-2' });
  expect(events[0]?.variant).toBe(assignVariant(abGuide, 'v-2'));
  expect(error).not.toHaveBeenCalled();
  handle.destroy();
});
