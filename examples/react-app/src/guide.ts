import { defineForm } from 'yesladder/react';

/** The form, typed in place: `answers.role` is `'Business owner' | 'Freelancer' | undefined`. */
export const guide = defineForm({
  id: 'free-guide',
  steps: [
    { id: 'start', type: 'cta', title: 'Get your free guide', button: 'Get the guide' },
    {
      id: 'email',
      lead: true,
      button: 'Send it to me',
      fields: [{ name: 'email', type: 'email', label: 'Where should we send it?', required: true }],
    },
    {
      id: 'about',
      title: 'Help us tailor it',
      button: 'Finish',
      fields: [
        { name: 'name', type: 'text', label: 'Your name' },
        {
          name: 'role',
          type: 'choice',
          label: 'You are a…',
          options: ['Business owner', 'Freelancer'],
          track: true,
        },
      ],
    },
    { id: 'thanks', type: 'thanks', title: 'Check your inbox!', body: 'The first lesson is on its way.' },
  ],
});
