import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { mount } from '../../src/embed/mount';
import type { YesLadderEvent } from '../../src/events/types';
import type { FormConfig } from '../../src/schema/config';
import type { SubmitMeta } from '../../src/submit/create-submitter';
import { freeGuide } from '../fixtures/free-guide';

const { analytics: _sinks, ...guide } = freeGuide;

let page: HTMLElement;
beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<div id="signup"></div>';
  page = document.querySelector('#signup') as HTMLElement;
});
// Every form is destroyed after its test: a live one holds its draft key for the page.
const handles: { destroy(): void }[] = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  document.body.innerHTML = '';
});

const root = () => page.querySelector('[data-yesladder-host]')?.shadowRoot as ShadowRoot;
const form = () => within(root() as unknown as HTMLElement);
const honeypot = () => root().querySelector<HTMLInputElement>('.yl-hp input');
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** The guide with a clock the test moves, recording onSubmit's meta, the POSTed bodies and every event. */
const start = (config: Partial<FormConfig> = {}) => {
  const clock = { now: 0 };
  const metas: SubmitMeta[] = [];
  const bodies: Record<string, unknown>[] = [];
  const events: YesLadderEvent[] = [];
  const handle = mount(
    '#signup',
    { ...guide, ...config },
    {
      sessionId: 's',
      now: () => clock.now,
      onSubmit: (_answers, meta) => void metas.push(meta),
      fetch: async (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return new Response('{}', { status: 200 });
      },
    },
  );
  handles.push(handle);
  handle.on('*', (event) => events.push(event));
  return { clock, metas, bodies, events, handle };
};

/** A person (or a bot) goes through the guide; the clock reads `leadAt`, then `finalAt`. */
const complete = async (clock: { now: number }, leadAt: number, finalAt: number) => {
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  fireEvent.input(form().getByLabelText(/Where should we send it/), { target: { value: 'ada@example.com' } });
  clock.now = leadAt;
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  await settle();
  fireEvent.input(form().getByLabelText(/Your name/), { target: { value: 'Ada' } });
  clock.now = finalAt;
  fireEvent.click(form().getByRole('button', { name: 'Finish' }));
  await settle();
};

const flags = (body: Record<string, unknown> | undefined) => [body?.suspected_bot, body?.bot_signals];

test('a person who takes their time is not marked', async () => {
  const { clock, metas, bodies } = start();
  await complete(clock, 2000, 9000);
  expect(metas.map((meta) => [meta.submission, meta.suspectedBot])).toEqual([
    ['lead', undefined],
    ['final', undefined],
  ]);
  expect(bodies.map(flags)).toEqual([
    [undefined, undefined],
    [undefined, undefined],
  ]);
  expect(form().getByRole('heading', { name: 'Check your inbox!' })).toBeTruthy();
});

test('a final submission sooner than 3 s after the form appeared is marked too_fast, and still sent', async () => {
  const { clock, metas, bodies } = start();
  await complete(clock, 500, 2999);
  expect(metas.map((meta) => meta.botSignals)).toEqual([undefined, ['too_fast']]);
  expect(metas[1]?.suspectedBot).toBe(true);
  expect(bodies.map(flags)).toEqual([
    [undefined, undefined],
    [true, ['too_fast']],
  ]);
});

test('a person back on a restored draft is not timed: the filling happened on the earlier visit', async () => {
  const first = start();
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  fireEvent.input(form().getByLabelText(/Where should we send it/), { target: { value: 'ada@example.com' } });
  first.clock.now = 5000;
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  await settle();
  first.handle.destroy();
  // The next load: the draft brings the person back to the last step, and they finish at once.
  const again = start();
  again.clock.now = 400;
  fireEvent.click(form().getByRole('button', { name: 'Finish' }));
  await settle();
  expect(again.metas.map((meta) => [meta.submission, meta.suspectedBot])).toEqual([['final', undefined]]);
  expect(again.bodies.map(flags)).toEqual([[undefined, undefined]]);
});

test('a filled honeypot marks every submission, even one set without any event', async () => {
  const { clock, metas, bodies } = start();
  (honeypot() as HTMLInputElement).value = 'https://cheap-pills.example';
  await complete(clock, 5000, 10_000);
  expect(metas.map((meta) => meta.botSignals)).toEqual([['honeypot'], ['honeypot']]);
  expect(bodies.map(flags)).toEqual([
    [true, ['honeypot']],
    [true, ['honeypot']],
  ]);
});

test('action "drop" shows a bot the thanks step and sends nothing', async () => {
  const { clock, metas, bodies } = start({ spam: { action: 'drop' } });
  (honeypot() as HTMLInputElement).value = 'x';
  await complete(clock, 5000, 10_000);
  expect(metas).toEqual([]);
  expect(bodies).toEqual([]);
  expect(form().getByRole('heading', { name: 'Check your inbox!' })).toBeTruthy();
});

test('action "drop" still sends a person’s submissions', async () => {
  const { clock, bodies } = start({ spam: { action: 'drop' } });
  await complete(clock, 5000, 10_000);
  expect(bodies.map((body) => body.submission)).toEqual(['lead', 'final']);
});

test('the honeypot is never an answer, nor in any event', async () => {
  const { clock, events, handle, metas } = start();
  const trap = honeypot() as HTMLInputElement;
  trap.value = 'spam';
  fireEvent.input(trap);
  await complete(clock, 5000, 10_000);
  expect(Object.keys(handle.answers())).not.toContain('website');
  expect(JSON.stringify(events)).not.toContain('spam');
  expect(metas).toHaveLength(2);
});

test('the honeypot is off-screen, hidden from assistive technology, out of the Tab order, never autofilled', () => {
  start();
  const trap = honeypot() as HTMLInputElement;
  expect(trap.closest('[aria-hidden="true"]')?.className).toBe('yl-hp');
  expect(trap.tabIndex).toBe(-1);
  expect(trap.getAttribute('autocomplete')).toBe('off');
  expect(trap.name).toBe('website');
});

test('the honeypot takes a name no field has; honeypot: false and minFillTime: 0 turn the checks off', async () => {
  start({
    steps: [{ id: 'one', fields: [{ name: 'website', label: 'Your site' }, { name: 'url' }] }],
  });
  expect(honeypot()?.name).toBe('homepage');
  document.body.innerHTML = '<div id="signup"></div>';
  page = document.querySelector('#signup') as HTMLElement;
  const { clock, metas } = start({ spam: { honeypot: false, minFillTime: 0 } });
  expect(honeypot()).toBeNull();
  await complete(clock, 0, 0);
  expect(metas.map((meta) => meta.suspectedBot)).toEqual([undefined, undefined]);
});
