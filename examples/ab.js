// The A/B demo's helpers: says which arm this device was given (read from the form's own
// events) and lets a person come back as a new visitor to land in an arm by chance again.
(() => {
  const FORM_ID = 'ab-guide';
  document.addEventListener('yesladder:event', (event) => {
    const detail = event.detail;
    if (detail?.name !== 'form_view' || detail.form_id !== FORM_ID) return;
    const arm = document.getElementById('ab-arm');
    if (arm) arm.textContent = `This device sees the "${detail.variant}" arm.`;
  });
  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('ab-new-visitor')?.addEventListener('click', () => {
      // What the widget keeps for this form: the arm, the draft. A new visitor has neither.
      for (const key of [`yesladder:variant:${FORM_ID}`, `yesladder:draft:${FORM_ID}`]) {
        try {
          localStorage.removeItem(key);
        } catch {}
      }
      location.reload();
    });
  });
})();
