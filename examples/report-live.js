// The demo's live funnel report: fetches /report again every 2 seconds and swaps in the new
// <main>, in place, instead of a <meta http-equiv="refresh"> reload, which would throw a
// screen-reader user back to the top every time (WCAG 2.2.1). A button pauses the updates
// (WCAG 2.2.2); which "How to read this report" panels are open is kept across updates.
(() => {
  const EVERY_MS = 2000;
  let paused = false;
  let timer;

  const controls = document.createElement('p');
  controls.className = 'live';
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-pressed', 'false');
  button.textContent = 'Pause live updates';
  // Set through the CSSOM, which the page's CSP allows (a style attribute it would refuse).
  Object.assign(button.style, {
    font: 'inherit',
    fontWeight: '600',
    padding: '6px 14px',
    minHeight: '32px',
    border: '1px solid #4338ca',
    borderRadius: '8px',
    background: '#fff',
    color: '#3730a3',
    cursor: 'pointer',
  });
  const status = document.createElement('span');
  status.style.color = '#4b5563';
  status.className = 'live-status';
  controls.append(button, ' ', status);

  const place = () => document.querySelector('main h1')?.after(controls);
  const stamp = () => {
    status.textContent = paused ? 'Paused.' : `Updated ${new Date().toLocaleTimeString()}; next in 2 s.`;
  };

  const update = async () => {
    try {
      const response = await fetch(location.pathname, { cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // Only <main> is parsed: the page's <style> (another nonce) would be refused by the CSP.
      const text = await response.text();
      const body = text.slice(text.indexOf('<main'), text.lastIndexOf('</main>') + 7);
      const next = new DOMParser().parseFromString(body, 'text/html').querySelector('main');
      const main = document.querySelector('main');
      if (next && main && !paused) {
        const open = [...main.querySelectorAll('details')].map((details) => details.open);
        main.replaceChildren(...[...next.childNodes].map((node) => document.importNode(node, true)));
        main.querySelectorAll('details').forEach((details, i) => {
          details.open = open[i] ?? false;
        });
        place();
        stamp();
      }
    } catch (error) {
      status.textContent = `Could not update (${error.message}); trying again.`;
    }
    if (!paused) timer = setTimeout(update, EVERY_MS);
  };

  button.addEventListener('click', () => {
    paused = !paused;
    button.setAttribute('aria-pressed', String(paused));
    button.textContent = paused ? 'Resume live updates' : 'Pause live updates';
    clearTimeout(timer);
    stamp();
    if (!paused) update();
  });

  place();
  stamp();
  timer = setTimeout(update, EVERY_MS);
})();
