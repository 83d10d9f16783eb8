import { fireEvent, screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { freeGuide } from '../fixtures/free-guide';
import { renderForm } from './harness';

const failEmailStep = () => {
  const view = renderForm();
  fireEvent.click(screen.getByRole('button', { name: 'Get the guide' }));
  fireEvent.click(screen.getByRole('button', { name: 'Send it to me' }));
  return view;
};

const twoFields = {
  ...freeGuide,
  steps: [
    {
      id: 'details',
      fields: [
        { name: 'name', type: 'text', label: 'Your **name**', required: true },
        { name: 'email', type: 'email', label: 'Email', required: true },
      ],
    },
    { id: 'thanks', type: 'thanks', title: 'Thanks' },
  ],
};

test('shows no error summary before a step is submitted', () => {
  renderForm();
  fireEvent.click(screen.getByRole('button', { name: 'Get the guide' }));
  expect(screen.queryByText('There is a problem')).toBeNull();
});

test('shows "There is a problem" with the step\'s errors as links after a failed Next', () => {
  failEmailStep();
  const alert = screen.getByRole('alert');
  expect(within(alert).getByRole('heading', { level: 3, name: 'There is a problem' })).toBeTruthy();
  const link = within(alert).getByRole('link', { name: 'Where should we send it: Please fill this in.' });
  expect(link.getAttribute('href')).toBe('#t-email');
});

test('moves focus to the error summary on a failed Next', () => {
  const { container } = failEmailStep();
  const summary = container.querySelector('.yl-summary');
  expect(summary?.getAttribute('tabindex')).toBe('-1');
  expect(document.activeElement).toBe(summary);
});

test('focuses the field when its link in the summary is clicked', () => {
  failEmailStep();
  fireEvent.click(screen.getByRole('link', { name: /Please fill this in/ }));
  expect(document.activeElement).toBe(screen.getByLabelText(/Where should we send it/));
});

test('lists every invalid field in step order, labels without their markup', () => {
  renderForm(twoFields);
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  const links = within(screen.getByRole('alert')).getAllByRole('link');
  expect(links.map((a) => a.textContent)).toEqual([
    'Your name: Please fill this in.',
    'Email: Please fill this in.',
  ]);
});

test('drops a fixed error from the summary and the summary once none are left', () => {
  failEmailStep();
  fireEvent.input(screen.getByLabelText(/Where should we send it/), { target: { value: 'ada@example.com' } });
  expect(screen.queryByText('There is a problem')).toBeNull();
});

test("uses the config's words for the summary", () => {
  renderForm({
    ...freeGuide,
    messages: { error_summary: 'Il y a un problème', error_link: '{error} ({label})' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Get the guide' }));
  fireEvent.click(screen.getByRole('button', { name: 'Send it to me' }));
  expect(screen.getByRole('heading', { name: 'Il y a un problème' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Please fill this in. (Where should we send it)' })).toBeTruthy();
});

test('leaves the summary behind when the person moves on', () => {
  failEmailStep();
  fireEvent.input(screen.getByLabelText(/Where should we send it/), { target: { value: 'ada@example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Send it to me' }));
  expect(screen.getByRole('heading', { name: 'Help us tailor it' })).toBeTruthy();
  expect(screen.queryByText('There is a problem')).toBeNull();
});
