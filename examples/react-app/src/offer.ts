import { defineForm } from 'yesladder/react';

/**
 * A site-wide offer, mounted once in the app's shell: a modal that opens 1.5 s into a visit to
 * the pricing page. The app routes on the client, so the form stays mounted from page to page;
 * yesladder hears each route change (pushState, back and forward), clears a delay still
 * pending from the page left, and arms it again where `pages` allows: only on pricing.
 */
export const offer = defineForm({
  id: 'pricing-offer',
  display: { mode: 'modal', trigger: { delay: 1500, pages: ['**/pricing'] } },
  steps: [
    {
      id: 'offer',
      type: 'cta',
      title: 'Two months free on a yearly plan',
      body: 'Ask for the code: it comes by email, nothing else does.',
      button: 'Send me the code',
    },
    {
      id: 'email',
      lead: true,
      button: 'Email me the code',
      fields: [
        { name: 'email', type: 'email', label: 'Your email', required: true },
        { name: 'consent', type: 'consent', label: 'Email me the code.', required: true },
      ],
    },
    {
      id: 'thanks',
      type: 'thanks',
      title: 'The code is on its way',
      next: { label: 'Compare the plans', href: '#plans' },
    },
  ],
});
