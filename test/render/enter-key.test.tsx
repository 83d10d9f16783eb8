import { fireEvent, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { renderForm } from './harness';

const signup = {
  id: 'signup',
  steps: [
    {
      id: 'contact',
      fields: [
        { name: 'name', label: 'Name' },
        { name: 'email', type: 'email', label: 'Email', required: true },
        { name: 'source', type: 'hidden', value: 'ad' },
      ],
    },
    {
      id: 'about',
      fields: [
        { name: 'seats', type: 'number', label: 'Seats', min: 1 },
        { name: 'role', type: 'radio', label: 'Role', options: ['Owner', 'Freelancer'] },
        { name: 'note', type: 'textarea', label: 'Note' },
        { name: 'phone', type: 'tel', label: 'Phone' },
      ],
    },
    { id: 'thanks', type: 'thanks', title: 'Thanks' },
  ],
};

const hint = (name: string | RegExp) =>
  screen.getByRole(/textbox|spinbutton/, { name }).getAttribute('enterkeyhint');

const toAbout = () => {
  const view = renderForm(signup);
  fireEvent.input(screen.getByRole('textbox', { name: /Email/ }), { target: { value: 'ada@example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  return view;
};

test('every one-line field of a step that leads to another step says "next": Enter submits the step', () => {
  renderForm(signup);
  expect([hint('Name'), hint(/Email/)]).toEqual(['next', 'next']);
});

test('every one-line field of the step whose button sends the form says "send"', () => {
  toAbout();
  expect([hint('Seats'), hint('Phone')]).toEqual(['send', 'send']);
});

test('says "enter" on a textarea, where Enter starts a new line', () => {
  toAbout();
  const note = screen.getByRole('textbox', { name: 'Note' });
  expect(note.getAttribute('enterkeyhint')).toBe('enter');
});

test('follows the branch the answers take: "send" when they lead to the end, "next" when to a step', () => {
  renderForm({
    id: 'branching',
    steps: [
      {
        id: 'who',
        fields: [{ name: 'team', label: 'Team name' }],
        next: [{ when: { field: 'team', filled: true }, goto: 'team' }, { goto: 'thanks' }],
      },
      { id: 'team', fields: [{ name: 'size', label: 'Team size' }] },
      { id: 'thanks', type: 'thanks', title: 'Thanks' },
    ],
  });
  expect(hint('Team name')).toBe('send');
  fireEvent.input(screen.getByRole('textbox', { name: 'Team name' }), { target: { value: 'Ops' } });
  expect(hint('Team name')).toBe('next');
});

test('says "next" before a review step, whose own button sends', () => {
  renderForm({
    id: 'reviewed',
    steps: [
      { id: 'email', fields: [{ name: 'email', type: 'email', label: 'Email' }] },
      { id: 'check', type: 'review', title: 'Check your answers' },
      { id: 'thanks', type: 'thanks', title: 'Thanks' },
    ],
  });
  expect(hint('Email')).toBe('next');
});

test('Enter in a field is left to the browser, which submits the step (the key says so)', () => {
  renderForm(signup);
  const name = screen.getByRole('textbox', { name: 'Name' });
  name.focus();
  expect(fireEvent.keyDown(name, { key: 'Enter' })).toBe(true);
  expect(document.activeElement).toBe(name);
});
