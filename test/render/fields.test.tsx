import { fireEvent, screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { renderForm } from './harness';

const everyField = {
  id: 'every-field',
  steps: [
    {
      id: 'all',
      title: 'Everything',
      fields: [
        { name: 'email', type: 'email', label: 'Email', required: true, hint: 'We never share it.' },
        {
          name: 'name',
          type: 'text',
          label: 'Name',
          placeholder: 'Ada',
          autocomplete: 'name',
          maxLength: 40,
        },
        { name: 'phone', type: 'tel', label: 'Phone' },
        { name: 'seats', type: 'number', label: 'Seats', min: 1, max: 9 },
        { name: 'note', type: 'textarea', label: 'Note', minLength: 2 },
        { name: 'size', type: 'select', label: 'Team size', options: ['1-10', '11-50'] },
        { name: 'role', type: 'radio', label: 'Role', options: ['Owner', 'Freelancer'], required: true },
        { name: 'news', type: 'checkbox', label: 'Send me news' },
        { name: 'topics', type: 'checkbox', label: 'Topics', options: ['SEO', 'Ads', 'Email'] },
        { name: 'terms', type: 'consent', label: 'I agree to the terms', required: true },
        { name: 'source', type: 'hidden', value: 'landing' },
      ],
    },
    { id: 'thanks', type: 'thanks', title: 'Thanks' },
  ],
};

test('labels an input of every visible field type', () => {
  renderForm(everyField);
  expect(screen.getByRole('textbox', { name: /Email/ })).toBeTruthy();
  expect(screen.getByRole('textbox', { name: 'Name' })).toBeTruthy();
  expect(screen.getByRole('textbox', { name: 'Phone' })).toBeTruthy();
  expect(screen.getByRole('spinbutton', { name: 'Seats' })).toBeTruthy();
  expect(screen.getByRole('textbox', { name: 'Note' })).toBeTruthy();
  expect(screen.getByRole('combobox', { name: 'Team size' })).toBeTruthy();
  expect(screen.getByRole('group', { name: /Role/ })).toBeTruthy();
  expect(screen.getByRole('radio', { name: 'Freelancer' })).toBeTruthy();
  expect(screen.getByRole('checkbox', { name: 'Send me news' })).toBeTruthy();
  expect(screen.getByRole('group', { name: 'Topics' })).toBeTruthy();
  expect(screen.getByRole('checkbox', { name: 'Ads' })).toBeTruthy();
  expect(screen.getByRole('checkbox', { name: /I agree to the terms/ })).toBeTruthy();
});

test('renders nothing for a hidden field', () => {
  const { container } = renderForm(everyField);
  expect(container.querySelector('input[type="hidden"]')).toBeNull();
  expect(container.querySelector('[name="t-source"]')).toBeNull();
  expect(screen.queryByText('source')).toBeNull();
});

test('gives each text-like type its input type, keyboard and autocomplete', () => {
  renderForm(everyField);
  const email = screen.getByRole('textbox', { name: /Email/ });
  expect([
    email.getAttribute('type'),
    email.getAttribute('inputmode'),
    email.getAttribute('autocomplete'),
  ]).toEqual(['email', 'email', 'email']);
  expect(screen.getByRole('textbox', { name: 'Phone' }).getAttribute('type')).toBe('tel');
  const name = screen.getByRole('textbox', { name: 'Name' });
  expect([
    name.getAttribute('placeholder'),
    name.getAttribute('autocomplete'),
    name.getAttribute('maxlength'),
  ]).toEqual(['Ada', 'name', '40']);
  const seats = screen.getByRole('spinbutton', { name: 'Seats' });
  expect([seats.getAttribute('min'), seats.getAttribute('max')]).toEqual(['1', '9']);
});

test('gives every typing field the phone keyboard of its kind (inputmode)', () => {
  const { container } = renderForm(everyField);
  const keyboards = Array.from(container.querySelectorAll('.yl-input')).map((control) => [
    control.getAttribute('name'),
    control.getAttribute('inputmode'),
  ]);
  expect(keyboards).toEqual([
    ['t-email', 'email'],
    ['t-name', 'text'],
    ['t-phone', 'tel'],
    ['t-seats', 'decimal'],
    ['t-note', 'text'],
    ['t-size', null],
  ]);
});

test('a number field that takes negatives leaves the keyboard to the browser (the decimal pad has no minus)', () => {
  renderForm({
    id: 'numbers',
    steps: [
      {
        id: 'n',
        fields: [
          { name: 'count', type: 'number', label: 'Count', min: 0 },
          { name: 'offset', type: 'number', label: 'Offset', min: -5 },
          { name: 'any', type: 'number', label: 'Any' },
        ],
      },
    ],
  });
  expect(
    ['Count', 'Offset', 'Any'].map((name) =>
      screen.getByRole('spinbutton', { name }).getAttribute('inputmode'),
    ),
  ).toEqual(['decimal', null, null]);
});

test('every text, number and select control is a .yl-input, the class the 16px font floor is on', () => {
  const { container } = renderForm(everyField);
  const typed = container.querySelectorAll(
    '.yl-step :is(input:not([type=checkbox],[type=radio]),select,textarea)',
  );
  expect(typed).toHaveLength(6);
  for (const control of typed) expect(control.classList.contains('yl-input')).toBe(true);
});

const autofill = {
  id: 'autofill',
  steps: [
    {
      id: 'a',
      fields: [
        { name: 'email', type: 'email', label: 'Email' },
        { name: 'work', type: 'email', label: 'Work email', autocomplete: 'work email' },
        { name: 'mobile', type: 'tel', label: 'Mobile' },
        { name: 'first_name', label: 'First name' },
        { name: 'familyName', label: 'Family name' },
        { name: 'organization', label: 'Organization' },
        { name: 'postal_code', label: 'Postal code' },
        { name: 'zip', label: 'ZIP' },
        { name: 'phone', label: 'Phone (text)' },
        { name: 'nickname', label: 'Nickname' },
        { name: 'company', label: 'Company', autocomplete: 'off' },
        { name: 'country', type: 'select', label: 'Country', options: ['France', 'Japan'] },
        { name: 'plan', type: 'select', label: 'Plan', options: ['Free', 'Pro'] },
        { name: 'address', type: 'textarea', label: 'Address' },
        { name: 'city', type: 'textarea', label: 'City (textarea)' },
        { name: 'zipcode', type: 'number', label: 'Zip as a number', min: 0 },
      ],
    },
  ],
};

test('fills autocomplete from the kind and the name, keeps the config’s token, and guesses nothing else', () => {
  const { container } = renderForm(autofill);
  const tokens = Object.fromEntries(
    Array.from(container.querySelectorAll('.yl-input')).map((control) => [
      control.getAttribute('name')?.slice(2),
      control.getAttribute('autocomplete'),
    ]),
  );
  expect(tokens).toEqual({
    email: 'email',
    work: 'work email',
    mobile: 'tel',
    first_name: 'given-name',
    familyName: 'family-name',
    organization: 'organization',
    postal_code: 'postal-code',
    zip: 'postal-code',
    phone: 'tel',
    nickname: null,
    company: 'off',
    // Only one-line text fields are named into a token: a select or textarea is left alone.
    country: null,
    plan: null,
    address: null,
    city: null,
    zipcode: null,
  });
});

test('marks required fields visibly and with aria-required', () => {
  renderForm(everyField);
  const email = screen.getByRole('textbox', { name: 'Email' });
  expect(email.getAttribute('aria-required')).toBe('true');
  expect(document.querySelector('label[for="t-email"]')?.textContent).toBe('Email *');
  expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-required')).toBeNull();
  expect(screen.getByRole('checkbox', { name: /I agree/ }).getAttribute('aria-required')).toBe('true');
});

test('links the hint and then the error to the input', () => {
  renderForm(everyField);
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  const email = screen.getByRole('textbox', { name: /Email/ });
  expect(email.getAttribute('aria-describedby')).toBe('t-email-hint t-email-error');
  expect(document.getElementById('t-email-hint')?.textContent).toBe('We never share it.');
  expect(document.getElementById('t-email-error')?.textContent).toBe('Please fill this in.');
});

test('shows each error of the step next to its field after a failed submit', () => {
  renderForm(everyField);
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  expect(
    within(screen.getByRole('group', { name: /Role/ })).getByText('Choose one of the options.'),
  ).toBeTruthy();
  expect(screen.getByText('Please tick this box to continue.').id).toBe('t-terms-error');
  expect(screen.getByRole('checkbox', { name: /I agree/ }).getAttribute('aria-invalid')).toBe('true');
});

test('sends a number for a number field, and no answer when it is blanked', () => {
  const view = renderForm(everyField);
  const seats = screen.getByRole('spinbutton', { name: 'Seats' });
  fireEvent.input(seats, { target: { value: '3' } });
  expect(view.state.answers.seats).toBe(3);
  fireEvent.input(seats, { target: { value: '' } });
  expect(view.state.answers.seats).toBeUndefined();
});

test('offers an empty "Choose…" option first in a select and sends the chosen value', () => {
  const view = renderForm(everyField);
  const select = screen.getByRole('combobox', { name: 'Team size' }) as HTMLSelectElement;
  expect(select.options[0]?.textContent).toBe('Choose…');
  expect(select.options[0]?.value).toBe('');
  fireEvent.change(select, { target: { value: '11-50' } });
  expect(view.state.answers.size).toBe('11-50');
});

test('sends the picked radio value and shows it checked', () => {
  const view = renderForm(everyField);
  fireEvent.click(screen.getByRole('radio', { name: 'Freelancer' }));
  expect(view.state.answers.role).toBe('Freelancer');
  expect((screen.getByRole('radio', { name: 'Freelancer' }) as HTMLInputElement).checked).toBe(true);
});

test('sends a boolean for a single checkbox and a consent box', () => {
  const view = renderForm(everyField);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Send me news' }));
  fireEvent.click(screen.getByRole('checkbox', { name: /I agree/ }));
  expect([view.state.answers.news, view.state.answers.terms]).toEqual([true, true]);
  fireEvent.click(screen.getByRole('checkbox', { name: /I agree/ }));
  expect(view.state.answers.terms).toBe(false);
});

test('sends the ticked options of a checkbox group as a list in option order', () => {
  const view = renderForm(everyField);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Email' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'SEO' }));
  expect(view.state.answers.topics).toEqual(['SEO', 'Email']);
  fireEvent.click(screen.getByRole('checkbox', { name: 'SEO' }));
  expect(view.state.answers.topics).toEqual(['Email']);
});

test('focuses the first radio when the error summary links to a group', () => {
  const view = renderForm(everyField);
  fireEvent.input(screen.getByRole('textbox', { name: /Email/ }), { target: { value: 'ada@example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  expect(view.effects).toContainEqual({ type: 'focus', target: 'field', name: 'role' });
  fireEvent.click(screen.getAllByRole('link', { name: /^Role/ })[0] as HTMLElement);
  expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Owner' }));
});
