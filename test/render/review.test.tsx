import { fireEvent, screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { reviewed } from '../fixtures/reviewed';
import { renderForm } from './harness';

const toReview = () => {
  const view = renderForm(reviewed);
  fireEvent.input(screen.getByRole('textbox', { name: /Email/ }), { target: { value: 'ada@example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  fireEvent.input(screen.getByRole('textbox', { name: 'Your name' }), { target: { value: 'Ada' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'You are' }), { target: { value: 'owner' } });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Search' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Ads' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Send me news' }));
  fireEvent.input(screen.getByRole('textbox', { name: 'Door code' }), { target: { value: '4711' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  return view;
};

/** The review list as [term, answer] pairs, read from the description list. */
const rows = (container: Element) =>
  [...container.querySelectorAll('dl.yl-review > div')].map((row) => [
    row.querySelector('dt')?.textContent,
    row.querySelector('dd')?.textContent,
  ]);

test('lists every answer on the path as a description list, options by their label', () => {
  const { container } = toReview();
  expect(screen.getByRole('heading', { name: 'Check your answers' })).toBeTruthy();
  expect(rows(container)).toEqual([
    ['Email', 'ada@example.com'],
    ['Your name', 'Ada'],
    ['You are', 'Business owner'],
    ['Topics', 'Search, Ads'],
    ['Send me news', 'Yes'],
    ['Door code', '4711'],
  ]);
});

test('leaves hidden fields out of the list', () => {
  const { container } = toReview();
  expect(container.querySelector('dl')?.textContent).not.toContain('ad-42');
});

test('says "Not given" for an optional answer left empty, and "No" for an unticked box', () => {
  const { container } = renderForm(reviewed);
  fireEvent.input(screen.getByRole('textbox', { name: /Email/ }), { target: { value: 'ada@example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Send me news' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Send me news' }));
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  expect(Object.fromEntries(rows(container))).toMatchObject({
    'Your name': 'Not given',
    Topics: 'Not given',
    'Send me news': 'No',
  });
});

test('names each Change button after its answer for screen readers, with "Change" visible', () => {
  toReview();
  const change = screen.getByRole('button', { name: 'Change Email' });
  expect(change.textContent).toBe('Change');
  expect(screen.getAllByRole('button', { name: /^Change / })).toHaveLength(6);
});

test('shows the progress with the review step counted', () => {
  toReview();
  expect(screen.getByText('Step 3 of 3')).toBeTruthy();
});

test('Change jumps to the step, shows the answer kept, and Next leads back to the review', () => {
  const view = toReview();
  fireEvent.click(screen.getByRole('button', { name: 'Change You are' }));
  expect(screen.getByRole('heading', { name: 'About you' })).toBeTruthy();
  expect((screen.getByRole('textbox', { name: 'Your name' }) as HTMLInputElement).value).toBe('Ada');
  fireEvent.change(screen.getByRole('combobox', { name: 'You are' }), { target: { value: 'Freelancer' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  expect(Object.fromEntries(rows(view.container))).toMatchObject({
    Email: 'ada@example.com',
    'You are': 'Freelancer',
  });
});

test('its button sends the form and says "Sending…" while the Change buttons are held', () => {
  const view = toReview();
  fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
  expect(view.effects.filter((e) => e.type === 'submit')).toHaveLength(1);
  expect(screen.getByRole('button', { name: 'Sending…' })).toBeTruthy();
  const change = screen.getByRole('button', { name: 'Change Email' });
  expect(change.getAttribute('aria-disabled')).toBe('true');
  fireEvent.click(change);
  expect(screen.getByRole('heading', { name: 'Check your answers' })).toBeTruthy();
});

test('defaults its button to "Send"', () => {
  renderForm({
    id: 'r',
    steps: [
      { id: 'email', fields: [{ name: 'email', type: 'email', label: 'Email' }] },
      { id: 'check', type: 'review', title: 'Check' },
    ],
  });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  const list = screen.getByRole('heading', { name: 'Check' }).parentElement as HTMLElement;
  expect(within(list).getByRole('button', { name: 'Send' })).toBeTruthy();
});
