import { fireEvent, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { renderForm } from './harness';

const quiz = {
  id: 'quiz',
  steps: [
    { id: 'goal', type: 'choice', title: 'What is your goal?', options: ['Grow', 'Save'] },
    {
      id: 'email',
      title: 'Where do we send the plan?',
      fields: [{ name: 'email', type: 'email', required: true }],
    },
    { id: 'thanks', type: 'thanks', title: 'Done', next: { label: 'Book a call' } },
  ],
};

const noThanks = {
  id: 'short',
  progress: false,
  steps: [{ id: 'email', title: 'Your email', fields: [{ name: 'email', type: 'email', label: 'Email' }] }],
};

const submitAbout = () => {
  const view = renderForm();
  fireEvent.click(screen.getByRole('button', { name: 'Get the guide' }));
  fireEvent.input(screen.getByLabelText(/Where should we send it/), { target: { value: 'ada@example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Send it to me' }));
  fireEvent.input(screen.getByRole('textbox', { name: 'Your name' }), { target: { value: 'Ada' } });
  fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
  return view;
};

test('shows a choice step as big buttons in a group named by the question', () => {
  renderForm(quiz);
  const group = screen.getByRole('group', { name: 'What is your goal?' });
  expect(group.querySelectorAll('button')).toHaveLength(2);
  expect(screen.getByText('Step 1 of 2')).toBeTruthy();
});

test('answers and moves on when a choice is clicked', () => {
  const view = renderForm(quiz);
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(view.sent).toEqual([{ type: 'choose', name: 'goal', value: 'Save' }]);
  expect(screen.getByRole('heading', { name: 'Where do we send the plan?' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByRole('button', { name: 'Save' }).getAttribute('aria-pressed')).toBe('true');
});

test('shows an offer without href as a button that reports the click', () => {
  const view = renderForm(quiz);
  fireEvent.click(screen.getByRole('button', { name: 'Grow' }));
  fireEvent.input(screen.getByRole('textbox'), { target: { value: 'ada@example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  view.dispatch({ type: 'submitted', submission: 'final', at: 50 });
  fireEvent.click(screen.getByRole('button', { name: 'Book a call' }));
  expect(view.sent.at(-1)).toEqual({ type: 'offer_click' });
  expect(view.effects.at(-1)).toMatchObject({ type: 'emit', event: { name: 'next_step_click' } });
});

test('says "Sending…" and locks the step while the final submission is on its way', () => {
  const view = submitAbout();
  expect(view.state.status).toBe('submitting');
  const button = screen.getByRole('button', { name: 'Sending…' });
  expect(button.getAttribute('aria-disabled')).toBe('true');
  // happy-dom does not apply a disabled fieldset to `:disabled`; browsers do.
  const name = screen.getByRole('textbox', { name: 'Your name' });
  expect(name.closest<HTMLFieldSetElement>('fieldset')?.disabled).toBe(true);
  expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  const sent = view.sent.length;
  fireEvent.click(button);
  expect(view.sent).toHaveLength(sent);
});

test('alerts a failed submission with a retry button and keeps every answer', () => {
  const view = submitAbout();
  view.dispatch({ type: 'submit_failed', submission: 'final', reason: 'network', at: 60 });
  expect(screen.getByRole('alert').textContent).toBe(
    'We could not send your answers. Nothing is lost: check your connection and try again.',
  );
  expect((screen.getByRole('textbox', { name: 'Your name' }) as HTMLInputElement).value).toBe('Ada');
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(view.sent.at(-1)).toEqual({ type: 'retry' });
  expect(view.state.status).toBe('submitting');
  expect(screen.queryByRole('alert')).toBeNull();
});

test("shows the server's words when a failed submission gave any", () => {
  const view = submitAbout();
  view.dispatch({
    type: 'submit_failed',
    submission: 'final',
    reason: 'http',
    message: 'Email blocked',
    at: 60,
  });
  expect(screen.getByRole('alert').textContent).toBe('Email blocked');
});

test('shows the done message in the heading when a form without a thanks step is submitted', () => {
  const view = renderForm(noThanks);
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  view.dispatch({ type: 'submitted', submission: 'final', at: 10 });
  const heading = screen.getByRole('heading', { name: 'Thank you!' });
  expect(document.activeElement).toBe(heading);
  expect(screen.queryByRole('textbox')).toBeNull();
});

test('fills the progress bar by a scale (the compositor animates it), step by step', () => {
  const { container } = renderForm();
  const fill = () => (container.querySelector('.yl-bar i') as HTMLElement).style;
  expect(fill().transform).toBe('scaleX(0.33)');
  // A width would be laid out again in every frame of the bar's transition.
  expect(fill().width).toBe('');
  fireEvent.click(screen.getByRole('button', { name: 'Get the guide' }));
  expect(fill().transform).toBe('scaleX(0.67)');
});

test('hides the progress text when the form turns it off', () => {
  const { container } = renderForm(noThanks);
  expect(screen.queryByText(/Step 1 of/)).toBeNull();
  expect(container.querySelector('.yl-bar')).toBeNull();
});

test('uses the messages it is given for its own words', () => {
  renderForm({
    ...noThanks,
    progress: true,
    messages: { continue: 'Weiter', progress: 'Schritt {current}/{total}' },
  });
  expect(screen.getByRole('button', { name: 'Weiter' })).toBeTruthy();
  expect(screen.getByText('Schritt 1/1')).toBeTruthy();
});

test('announces "Sending…" politely while submitting, and leaves a failure to its alert', () => {
  const view = submitAbout();
  const live = view.container.querySelector('[aria-live="polite"]');
  expect(live?.textContent).toBe('Sending…');
  view.dispatch({ type: 'submit_failed', submission: 'final', reason: 'network', at: 60 });
  expect(live?.textContent).toBe('');
});
