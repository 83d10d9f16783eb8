// The async snippet from the README, as a page pastes it (inline on a real page; a file here,
// because this demo server's CSP refuses inline scripts). `yesladder snippet config.json` prints
// it with `s.integrity` pinned to the published file; this demo serves a fresh local build, so
// it has no hash.

// The yesladder loader: until the script arrives, yesladder(...) calls wait in yesladder.q.
// biome-ignore format lint/suspicious/noAssignInExpressions lint/complexity/noArguments: the one-line loader, exactly as the CLI prints it (a test compares them)
window.yesladder = window.yesladder || function () { (yesladder.q = yesladder.q || []).push(arguments); };
((d, s, u) => {
  s = d.createElement('script');
  u = '/dist/yesladder.global.js';
  // Under Trusted Types, a policy named yesladder-loader vouches for this one URL only.
  try {
    u = trustedTypes
      .createPolicy('yesladder-loader', {
        createScriptURL: (x) => {
          if (x === u) return x;
          throw x;
        },
      })
      .createScriptURL(u);
  } catch (_e) {}
  s.src = u;
  s.crossOrigin = 'anonymous';
  d.head.appendChild(s);
})(document);

// These calls run whatever the load order: queued now, run when the script arrives.
yesladder('mount', '#yesladder-page-review', {
  id: 'page-review',
  steps: [
    { id: 'start', type: 'cta', title: 'Want a second pair of eyes?', button: 'Review my page' },
    {
      id: 'email',
      lead: true,
      title: 'Where should we send the recording?',
      button: 'Continue',
      fields: [{ name: 'email', type: 'email', label: 'Your email', required: true }],
    },
    {
      id: 'page',
      title: 'Which page should we look at?',
      button: 'Book my review',
      fields: [
        { name: 'url', type: 'text', label: 'Page address', placeholder: 'https://', required: true },
        {
          name: 'goal',
          type: 'select',
          label: 'What should it get people to do?',
          options: ['Sign up', 'Buy', 'Book a call'],
          track: true,
        },
      ],
    },
    {
      id: 'thanks',
      type: 'thanks',
      title: 'Booked!',
      body: 'Your recording arrives within two working days.',
    },
  ],
  submit: { url: '/api/leads' },
  analytics: [{ type: 'beacon', url: '/api/events' }],
});

// Every form on the page, present and future: here, tell the person their spot is kept.
yesladder('on', 'lead_capture', (event) => {
  var status = document.getElementById('lead-status');
  if (!status) return;
  status.textContent = 'Your spot is kept: we have your email, finish whenever you like.';
  status.hidden = false;
  status.dataset.step = event.step_id;
});
