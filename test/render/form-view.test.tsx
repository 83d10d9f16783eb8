import { fireEvent, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { renderForm } from './harness';

const toEmailStep = () => {
  const view = renderForm();
  fireEvent.click(screen.getByRole('button', { name: 'Get the guide' }));
  return view;
};

const toAboutStep = () => {
  const view = toEmailStep();
  fireEvent.input(screen.getByLabelText(/Where should we send it/), { target: { value: 'ada@example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Send it to me' }));
  return view;
};

test('shows the CTA title, its button and "Step 1 of 3" on the first step', () => {
  renderForm();
  expect(screen.getByRole('heading', { level: 2, name: 'Get your free guide' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Get the guide' })).toBeTruthy();
  expect(screen.getByText('Step 1 of 3')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
});

test('moves to the email step when the CTA is clicked', () => {
  toEmailStep();
  expect(screen.getByText('Step 2 of 3')).toBeTruthy();
  expect(screen.getByLabelText(/Where should we send it/)).toBeTruthy();
  expect(screen.queryByText('Get your free guide')).toBeNull();
});

test('names an untitled step by its first field label', () => {
  toEmailStep();
  expect(screen.getByRole('heading', { level: 2, name: 'Where should we send it?' })).toBeTruthy();
});

test('does not take focus when first rendered', () => {
  renderForm();
  expect(document.activeElement).toBe(document.body);
});

test('focuses the heading of a titled step it moves to', () => {
  toAboutStep();
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Help us tailor it' }));
});

test('focuses the first field of an untitled step it moves to', () => {
  toEmailStep();
  expect(document.activeElement).toBe(screen.getByLabelText(/Where should we send it/));
});

test('shows the error next to an empty required field, linked and marked invalid, when the step is submitted', () => {
  toEmailStep();
  fireEvent.click(screen.getByRole('button', { name: 'Send it to me' }));
  const input = screen.getByLabelText(/Where should we send it/);
  const error = screen.getByText('Please fill this in.');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
  expect(error.id).toBe('t-email-error');
  // Focus goes to the error summary, whose link leads to the field.
  expect(document.activeElement?.className).toBe('yl-summary');
});

test('clears the error live as a valid email is typed after a failed submit', () => {
  toEmailStep();
  fireEvent.click(screen.getByRole('button', { name: 'Send it to me' }));
  const input = screen.getByLabelText(/Where should we send it/);
  fireEvent.input(input, { target: { value: 'ada@' } });
  // Under the field and in the error summary.
  expect(screen.getAllByText(/Enter an email address/)).toHaveLength(2);
  fireEvent.input(input, { target: { value: 'ada@example.com' } });
  expect(screen.queryAllByText(/Enter an email address/)).toEqual([]);
  expect(input.getAttribute('aria-invalid')).toBeNull();
  expect(input.getAttribute('aria-describedby')).toBeNull();
});

test('does not show an error before the step is submitted or the field is left', () => {
  const view = toEmailStep();
  const input = screen.getByLabelText(/Where should we send it/);
  fireEvent.input(input, { target: { value: 'ada@' } });
  expect(screen.queryByText(/Enter an email address/)).toBeNull();
  fireEvent.blur(input);
  expect(view.sent).toContainEqual({ type: 'blur', name: 'email' });
  expect(screen.getByText(/Enter an email address/)).toBeTruthy();
});

test('returns to the previous step with the answers kept when Back is clicked', () => {
  toAboutStep();
  fireEvent.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByText('Step 2 of 3')).toBeTruthy();
  expect((screen.getByLabelText(/Where should we send it/) as HTMLInputElement).value).toBe(
    'ada@example.com',
  );
});

test('announces the new step in a polite live region, but not the first one', () => {
  const { container } = renderForm();
  const live = container.querySelector('[aria-live="polite"]');
  expect(live?.textContent).toBe('');
  fireEvent.click(screen.getByRole('button', { name: 'Get the guide' }));
  expect(live?.textContent).toBe('Step 2 of 3: Where should we send it?');
});

test('shows the thanks step with its offer link and no progress after the final submission arrives', () => {
  const view = toAboutStep();
  fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
  view.dispatch({ type: 'submitted', submission: 'final', at: 100 });
  expect(screen.getByRole('heading', { name: 'Check your inbox!' })).toBeTruthy();
  expect(screen.getByText(/30-second video/)).toBeTruthy();
  const link = screen.getByRole('link', { name: 'Watch the video' });
  expect(link.getAttribute('href')).toBe('/video');
  expect(screen.queryByText(/Step \d of/)).toBeNull();
  expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  fireEvent.click(link);
  expect(view.sent).toContainEqual({ type: 'offer_click' });
});

test('prefixes every id with the instance uid', () => {
  const { container } = toEmailStep();
  fireEvent.click(screen.getByRole('button', { name: 'Send it to me' }));
  const ids = Array.from(container.querySelectorAll('[id]'), (el) => el.id);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.every((id) => id.startsWith('t-') || id === 't:title' || id === 't:problem')).toBe(true);
});
