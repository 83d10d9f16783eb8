// The page's own consent banner, telling yesladder what the person decided, and a list of
// what reached the data layer. Text only, never HTML.
(() => {
  const banner = document.getElementById('consent-banner');
  const received = document.getElementById('received');
  const empty = document.getElementById('received-empty');

  banner.addEventListener('click', (event) => {
    const choice = event.target.closest('[data-consent]')?.dataset.consent;
    if (!choice) return;
    window.yesladder('consent', choice);
    banner.hidden = true;
    // The focused button is gone: give focus a place to land instead of the body.
    document.getElementById('consent-page-title').focus();
  });

  let shown = 0;
  setInterval(() => {
    const layer = (window.dataLayer ?? []).filter((entry) => entry && typeof entry.event === 'string');
    for (const entry of layer.slice(shown)) {
      const item = document.createElement('li');
      item.textContent = `${entry.event} · ${entry.step_id}`;
      received.append(item);
    }
    shown = layer.length;
    empty.hidden = shown > 0;
  }, 200);
})();
