// The <yes-ladder> demo's script. Bundle it (the e2e test uses esbuild): `yesladder/element`
// defines the element on import. Event data is written with textContent only, never as HTML.
// The page sends a strict CSP and needs no zod setting for it: zod/mini never compiles code.
import('yesladder/element');

const list = document.getElementById('live-events');
const leadCount = document.getElementById('lead-count');
let leads = 0;

document.addEventListener('yesladder:event', (event) => {
  const { name, step_id: step, values } = event.detail;
  const row = document.createElement('li');
  row.className = 'event-row';
  row.dataset.name = name;
  const role = values?.role ? ` · ${values.role}` : '';
  row.textContent = `${name} · ${step}${role}`;
  list?.prepend(row);
});

document.addEventListener('yesladder:lead_capture', () => {
  leads += 1;
  if (leadCount) leadCount.textContent = String(leads);
});
