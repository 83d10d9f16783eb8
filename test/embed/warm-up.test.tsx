import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { mount } from '../../src/embed/mount';
import { stepViews } from '../../src/render/steps';
import type { StepViewProps } from '../../src/render/steps/step-view';
import { kindOf } from '../../src/schema/kinds';
import { freeGuide } from '../fixtures/free-guide';

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;

beforeEach(() => {
  document.body.innerHTML = '<div id="signup"></div>';
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const idle = () => new Promise((resolve) => setTimeout(resolve, 20));
const form = () =>
  within(document.querySelector('[data-yesladder-host]')?.shadowRoot as unknown as HTMLElement);

test('a step’s answer checks are built while the page is idle, not on the person’s first blur', async () => {
  const build = vi.spyOn(kindOf('email'), 'value');
  const handle = mount('#signup', guide, { onSubmit: () => {} });
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  expect(build).not.toHaveBeenCalled();
  // The new step's two frames, then an idle period: however long a busy machine takes.
  await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1), { timeout: 2000, interval: 20 });
  expect(build.mock.calls[0]?.[0]).toMatchObject({ name: 'email' });

  const email = form().getByLabelText(/Where should we send it\?/);
  fireEvent.input(email, { target: { value: 'not an email' } });
  fireEvent.blur(email);
  expect(email.getAttribute('aria-invalid')).toBe('true');
  expect(build).toHaveBeenCalledTimes(1);
  handle.destroy();
});

test('destroying the form cancels a pending warm-up', async () => {
  const build = vi.spyOn(kindOf('text'), 'value');
  const handle = mount('#signup', { id: 'one', steps: [{ id: 'a', fields: [{ name: 'name' }] }] });
  handle.destroy();
  await idle();
  expect(build).not.toHaveBeenCalled();
});

test('builds one field per idle period when the period has no room left, and waits for nothing on a step without fields', async () => {
  const build = vi.spyOn(kindOf('text'), 'value');
  const periods: ((deadline: IdleDeadline) => void)[] = [];
  const idle = (run: (deadline: IdleDeadline) => void) => periods.push(run);
  Object.defineProperty(window, 'requestIdleCallback', { value: idle, configurable: true });
  try {
    const cta = mount('#signup', {
      id: 'cta',
      steps: [
        { id: 'go', type: 'cta' },
        { id: 'x', fields: [{ name: 'x' }] },
      ],
    });
    expect(periods).toHaveLength(0);
    cta.destroy();

    const fields = ['a', 'b', 'c'].map((name) => ({ name }));
    const handle = mount('#signup', { id: 'three', steps: [{ id: 's', fields }] });
    expect(periods).toHaveLength(0);
    fireEvent.focusIn(form().getAllByRole('textbox')[0] as HTMLElement);
    periods.shift()?.({ didTimeout: false, timeRemaining: () => 2 });
    expect(build).toHaveBeenCalledTimes(1);
    periods.shift()?.({ didTimeout: false, timeRemaining: () => 40 });
    expect(build).toHaveBeenCalledTimes(3);
    expect(periods).toHaveLength(0);
    handle.destroy();
  } finally {
    Reflect.deleteProperty(window, 'requestIdleCallback');
  }
});

test('after a step change, nothing is warmed until the new step’s first two frames are drawn', () => {
  const build = vi.spyOn(kindOf('email'), 'value');
  const periods: ((deadline: IdleDeadline) => void)[] = [];
  const frames: FrameRequestCallback[] = [];
  const had = ['requestIdleCallback', 'requestAnimationFrame'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const,
  );
  const stub = (name: string, value: unknown) =>
    Object.defineProperty(window, name, { value, configurable: true });
  stub('requestIdleCallback', (run: (deadline: IdleDeadline) => void) => periods.push(run));
  stub('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
  const drawFrame = () => {
    for (const run of frames.splice(0)) run(0);
  };
  const handle = mount('#signup', guide, { onSubmit: () => {} });
  try {
    fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
    expect(periods).toHaveLength(0);
    drawFrame();
    expect(periods).toHaveLength(0);
    drawFrame();
    expect(periods).toHaveLength(1);
    periods.shift()?.({ didTimeout: false, timeRemaining: () => 40 });
    expect(build).toHaveBeenCalledTimes(1);
  } finally {
    handle.destroy();
    for (const [name, was] of had)
      if (was) Object.defineProperty(window, name, was);
      else Reflect.deleteProperty(window, name);
  }
});

/** The ids of the steps the fields view drew, in order. */
const drawnSteps = () => {
  const original = stepViews.fields;
  const drawn: string[] = [];
  vi.spyOn(stepViews, 'fields').mockImplementation((props: StepViewProps) => {
    drawn.push(props.step.id);
    return original(props);
  });
  return drawn;
};

test('once the person reaches for the form, its Next is rehearsed on idle: the next step drawn off the page, nothing sent or kept', async () => {
  const config = { ...guide, steps: guide.steps.slice(1) };
  const drawn = drawnSteps();
  const onEvent = vi.fn();
  const onSubmit = vi.fn();
  const handle = mount('#signup', config, { onEvent, onSubmit });
  await idle();
  // Not reached for yet: only the shown step was drawn.
  expect(new Set(drawn)).toEqual(new Set(['email']));
  const before = document.querySelector('[data-yesladder-host]')?.shadowRoot?.innerHTML;
  onEvent.mockClear();
  const email = form().getByLabelText(/Where should we send it\?/);
  fireEvent.focusIn(email);
  await idle();
  expect(drawn.filter((id) => id === 'about')).toHaveLength(1);
  expect(onEvent).not.toHaveBeenCalled();
  expect(onSubmit).not.toHaveBeenCalled();
  expect(handle.answers()).toEqual({});
  expect(document.querySelector('[data-yesladder-host]')?.shadowRoot?.innerHTML).toBe(before);
  // The person's own Next then goes as it would have.
  fireEvent.input(email, { target: { value: 'ada@example.com' } });
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  expect(form().getByRole('heading', { name: 'Help us tailor it' })).toBeTruthy();
  expect(onEvent.mock.calls.map(([event]) => event.name)).toEqual([
    'step_complete',
    'lead_capture',
    'step_view',
  ]);
  handle.destroy();
});

test('a rehearsal that throws stays in the warm-up (never in the page’s onerror), and the person’s own Next still goes', () => {
  const original = stepViews.fields;
  let thrown = 0;
  vi.spyOn(stepViews, 'fields').mockImplementation((props: StepViewProps) => {
    if (props.step.id === 'about' && !thrown++) throw new Error('a view that breaks once');
    return original(props);
  });
  // Idle periods run by hand: a throw out of one would land in this test.
  const periods: ((deadline: IdleDeadline) => void)[] = [];
  const idle = (run: (deadline: IdleDeadline) => void) => periods.push(run);
  Object.defineProperty(window, 'requestIdleCallback', { value: idle, configurable: true });
  const handle = mount('#signup', { ...guide, steps: guide.steps.slice(1) }, { onSubmit: () => {} });
  try {
    const email = form().getByLabelText(/Where should we send it\?/);
    fireEvent.focusIn(email);
    while (periods.length) periods.shift()?.({ didTimeout: false, timeRemaining: () => 40 });
    expect(thrown).toBe(1);
    fireEvent.input(email, { target: { value: 'ada@example.com' } });
    fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
    expect(form().getByRole('heading', { name: 'Help us tailor it' })).toBeTruthy();
  } finally {
    Reflect.deleteProperty(window, 'requestIdleCallback');
    handle.destroy();
  }
});

test('a form the page took away without destroying it is not rehearsed', async () => {
  const drawn = drawnSteps();
  const handle = mount('#signup', { ...guide, steps: guide.steps.slice(1) });
  fireEvent.focusIn(form().getByLabelText(/Where should we send it\?/));
  document.body.innerHTML = '';
  await idle();
  expect(drawn).not.toContain('about');
  handle.destroy();
});

test('a visitor who never reaches for the form costs no warming: no check built, no rehearsal', async () => {
  const drawn = drawnSteps();
  const build = vi.spyOn(kindOf('email'), 'value');
  const handle = mount('#signup', { ...guide, steps: guide.steps.slice(1) });
  await idle();
  await idle();
  expect(build).not.toHaveBeenCalled();
  expect(new Set(drawn)).toEqual(new Set(['email']));
  handle.destroy();
});

test('a blur on a good answer draws nothing again; one on a wrong answer shows its error', () => {
  const drawn = drawnSteps();
  const handle = mount('#signup', { ...guide, steps: guide.steps.slice(1) });
  const email = form().getByLabelText(/Where should we send it\?/);
  fireEvent.input(email, { target: { value: 'ada@example.com' } });
  const typed = drawn.length;
  fireEvent.blur(email);
  expect(drawn).toHaveLength(typed);
  fireEvent.input(email, { target: { value: 'ada@' } });
  expect(email.getAttribute('aria-invalid')).toBe('true');
  expect(drawn.length).toBeGreaterThan(typed);
  handle.destroy();
});
