// The demo inspector: lists every event the widget emits (it dispatches `yesladder:event` on its
// host element, bubbling and composed) and what the fake backend has received. Event data is
// written with textContent only, never as HTML.
(() => {
  const MAX_ROWS = 200;
  const POLL_MS = 1000;
  const $ = (id) => document.getElementById(id);

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = String(text);
    return node;
  };

  const clock = (ms) => {
    const date = typeof ms === 'number' ? new Date(ms) : new Date();
    return date.toTimeString().slice(0, 8);
  };

  const describeValues = (values) =>
    Object.entries(values ?? {})
      .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('|') : value}`)
      .join(' ');

  /** The few fields worth a glance, besides name and step. */
  const extras = (event) => {
    const parts = [];
    if (typeof event.duration_ms === 'number') parts.push(`${Math.round(event.duration_ms)} ms`);
    if (event.direction) parts.push(event.direction);
    if (event.submission) parts.push(event.submission);
    if (event.field) parts.push(`${event.field}: ${event.error_code ?? 'invalid'}`);
    if (event.reason) parts.push(event.reason);
    if (event.href) parts.push(event.href);
    const values = describeValues(event.values);
    if (values) parts.push(values);
    return parts.join(' · ');
  };

  let liveCount = 0;

  const showEvent = (event) => {
    const list = $('live-events');
    if (!list || !event || typeof event !== 'object') return;
    liveCount += 1;
    $('live-count').textContent = String(liveCount);
    $('live-empty').hidden = true;

    const row = el('li', 'event-row');
    row.dataset.name = String(event.name);
    const head = el('div', 'event-head');
    head.append(el('span', 'event-name', event.name), el('time', 'event-time', clock(event.timestamp)));
    const step =
      typeof event.step_index === 'number' && typeof event.step_count === 'number'
        ? `${event.step_id} · ${event.step_index + 1}/${event.step_count}`
        : (event.step_id ?? '');
    row.append(head, el('div', 'event-step', step));
    const more = extras(event);
    if (more) row.append(el('div', 'event-extra', more));
    list.prepend(row);
    while (list.children.length > MAX_ROWS) list.lastElementChild?.remove();

    if (event.name === 'lead_capture' || event.name === 'form_submit') refreshReceived();
  };

  document.addEventListener('yesladder:event', (e) => showEvent(e.detail));

  // --- Received by the server ---------------------------------------------------------------

  let lastSeen = '';

  const showLeads = (leads) => {
    const list = $('received-leads');
    list.replaceChildren(
      ...leads.map((lead) => {
        const row = el('li', 'lead-row');
        row.dataset.submission = String(lead.submission);
        row.append(el('span', `lead-kind lead-kind-${lead.submission}`, lead.submission));
        row.append(el('span', 'lead-step', `after “${lead.step_id}”`));
        const answers = el('dl', 'answers');
        for (const [key, value] of Object.entries(lead.answers ?? {})) {
          answers.append(el('dt', '', key), el('dd', '', Array.isArray(value) ? value.join(', ') : value));
        }
        row.append(answers);
        return row;
      }),
    );
    $('leads-count').textContent = `(${leads.length})`;
  };

  const showEventTally = (events) => {
    const counts = new Map();
    for (const event of events) counts.set(event.name, (counts.get(event.name) ?? 0) + 1);
    $('received-events').replaceChildren(
      ...[...counts].map(([name, count]) => {
        const item = el('li', 'tally-item');
        item.append(el('span', 'event-name', name), el('span', 'tally-count', `×${count}`));
        return item;
      }),
    );
    $('events-count').textContent = `(${events.length})`;
  };

  async function refreshReceived() {
    try {
      const response = await fetch('/api/received', { cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      $('received-status').textContent = 'live';
      if (text === lastSeen) return;
      lastSeen = text;
      const { leads = [], events = [] } = JSON.parse(text);
      showLeads(leads);
      showEventTally(events);
    } catch {
      $('received-status').textContent = 'offline';
    }
  }

  refreshReceived();
  setInterval(() => {
    if (document.visibilityState === 'visible') refreshReceived();
  }, POLL_MS);
})();
