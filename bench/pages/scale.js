// Generates a form from the page's query and mounts it through the script-tag API, timing
// the config parse and mount. `?steps=N&fields=M`: N steps of M optional fields of every
// kind, each step titled "Part i", then a thanks step "All done". `?options=K`: a choice step
// "Pick one" with K options, then one such step. Results in `window.__scale`.
(() => {
  const query = new URLSearchParams(location.search);
  const steps = Number(query.get('steps') ?? 1);
  const fields = Number(query.get('fields') ?? 10);
  const options = Number(query.get('options') ?? 0);

  /** Field `j` of step `i`, cycling through the kinds a long survey has. */
  const field = (i, j) => {
    const name = `s${i}f${j}`;
    const label = `Question ${j + 1} of part ${i + 1}`;
    const kinds = [
      { type: 'text' },
      { type: 'email' },
      { type: 'tel' },
      { type: 'number', min: 0, max: 100 },
      { type: 'textarea', maxLength: 500 },
      { type: 'select', options: ['One', 'Two', 'Three', 'Four', 'Five'] },
      { type: 'choice', options: ['Yes', 'No', 'Maybe'] },
      { type: 'checkbox' },
      { type: 'text', minLength: 2 },
      { type: 'text', pattern: '[A-Za-z ]+' },
    ];
    return { name, label, ...kinds[j % kinds.length] };
  };

  const partSteps = Array.from({ length: steps }, (_, i) => ({
    id: `part-${i + 1}`,
    title: `Part ${i + 1}`,
    fields: Array.from({ length: fields }, (_, j) => field(i, j)),
  }));
  const choice = {
    id: 'pick',
    type: 'choice',
    title: 'Pick one',
    options: Array.from({ length: options }, (_, k) => `Option ${k + 1}`),
  };
  const config = {
    id: 'scale',
    draft: false,
    steps: [...(options ? [choice] : []), ...partSteps, { id: 'thanks', type: 'thanks', title: 'All done' }],
  };

  // As the script tag has it: JSON text, parsed by the widget's side of the page.
  const text = JSON.stringify(config);
  const start = performance.now();
  const form = window.yesladder.mount('#form', JSON.parse(text));
  const mounted = performance.now();
  const host = document.querySelector('[data-yesladder-host]');
  const scale = {
    steps,
    fields,
    options,
    bytes: text.length,
    start,
    mounted,
    error: form.error?.message,
    renderedInMount: Boolean(host?.shadowRoot?.querySelector('h2')),
    painted: undefined,
  };
  // The frame with the first step has been painted by the second animation frame after the mount.
  scale.firstPaint = new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        scale.painted = performance.now();
        resolve(scale.painted);
      }),
    ),
  );
  window.__scale = scale;
})();
