// The bench's floor: the two-step form of yesladder.html, written by hand in plain DOM. No
// framework, no config, no validation library; the accessibility a careful person would add
// (labels, error text tied to its field, focus moved to the new step's heading, a live
// region, a progress line), and a few lines of CSS, adopted like yesladder's.
(() => {
  const css = new CSSStyleSheet();
  css.replaceSync(
    [
      '.pf{max-width:32rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}',
      '.pf h2{margin:0 0 .75rem;font-size:1.25rem}',
      '.pf label,.pf legend{display:block;font-weight:600}',
      '.pf input:not([type=radio]){display:block;width:100%;box-sizing:border-box;padding:.5rem;font:inherit}',
      '.pf fieldset{border:0;margin:0 0 1rem;padding:0}',
      '.pf button{padding:.5rem 1rem;font:inherit}',
      '.pf .err{color:#b42318}',
      '.pf .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}',
    ].join(''),
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, css];

  /** An element with attributes (`on…` values are listeners) and children. */
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    node.append(...children);
    return node;
  };

  const root = el('div', { class: 'pf' });
  const live = el('p', { class: 'sr', 'aria-live': 'polite' });
  const answers = {};

  /** Replaces the step shown; focus goes to its heading once the person has moved on. */
  const show = (progress, title, content, moved) => {
    const heading = el('h2', { tabindex: '-1' }, title);
    root.replaceChildren(...(progress ? [el('p', {}, progress)] : []), heading, ...content, live);
    if (moved) {
      live.textContent = progress ? `${progress}: ${title}` : title;
      heading.focus();
    }
  };

  const emailStep = (moved) => {
    const input = el('input', {
      id: 'pf-email',
      type: 'email',
      autocomplete: 'email',
      'aria-required': 'true',
    });
    input.value = answers.email ?? '';
    const error = el('p', { class: 'err', id: 'pf-email-error' });
    const submit = (event) => {
      event.preventDefault();
      const value = input.value.trim();
      const problem = !value
        ? 'Please fill this in.'
        : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
          ? ''
          : 'Enter an email address like name@example.com.';
      if (problem) {
        error.textContent = problem;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
        input.before(error);
        input.focus();
        return;
      }
      answers.email = value;
      aboutStep(true);
    };
    const label = el(
      'label',
      { for: input.id },
      'Where should we send it?',
      el('span', { 'aria-hidden': 'true' }, ' *'),
    );
    const form = el(
      'form',
      { novalidate: '', onsubmit: submit },
      el('div', {}, label, input),
      el('button', {}, 'Send it to me'),
    );
    show('Step 1 of 2', 'Get your free guide', [form], moved);
  };

  const aboutStep = (moved) => {
    const name = el('input', { id: 'pf-name', type: 'text', autocomplete: 'name' });
    const radio = (value, id) =>
      el(
        'div',
        {},
        el('input', { type: 'radio', id, name: 'pf-role', value }),
        el('label', { for: id }, value),
      );
    const role = el(
      'fieldset',
      {},
      el('legend', {}, 'You are a…'),
      radio('Business owner', 'pf-role'),
      radio('Freelancer', 'pf-role-1'),
    );
    const submit = (event) => {
      event.preventDefault();
      answers.name = name.value;
      answers.role = form.elements['pf-role'].value;
      show(undefined, 'Check your inbox!', [], true);
    };
    const back = el('button', { type: 'button', onclick: () => emailStep(true) }, 'Back');
    const form = el(
      'form',
      { novalidate: '', onsubmit: submit },
      el('div', {}, el('label', { for: name.id }, 'Your name'), name),
      role,
      el('button', {}, 'Finish'),
      back,
    );
    show('Step 2 of 2', 'Help us tailor it', [form], moved);
  };

  emailStep(false);
  document.getElementById('signup').append(root);
})();
