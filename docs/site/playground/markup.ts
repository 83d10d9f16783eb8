import { type ThemeProperty, themeInputId, themeProperties } from './theme';

/** One theme input with its label (and, for free text, a hint saying what it takes). */
const themeField = ({ name, label, input, fallback }: ThemeProperty): string => {
  const id = themeInputId(name);
  if (input === 'color')
    return `<p class="pg-field"><label for="${id}">${label} <code>${name}</code></label>
        <input type="color" id="${id}" value="${fallback}"></p>`;
  const hint =
    input === 'length'
      ? `A CSS length, like 10px or 0.5rem. Empty: the default, ${fallback}.`
      : 'A font-family list, like Georgia, serif. Empty: the page’s font.';
  return `<p class="pg-field"><label for="${id}">${label} <code>${name}</code></label>
        <input type="text" id="${id}" class="pg-input" spellcheck="false" autocomplete="off" aria-describedby="${id}-hint">
        <span id="${id}-hint" class="pg-hint">${hint}</span></p>`;
};

/**
 * The playground's body: the editor with its line numbers and problem list, the friction
 * linter, the live preview, its events, the theme panel and the snippet. Static markup with
 * ids (the script finds each by id), no inline script or style, so it holds under a strict CSP.
 * The page also needs the `#playground-data` script and `playground.js` after this markup.
 */
export const playgroundBody = (): string => `<div class="pg">
  <header class="pg-intro">
    <h1>Playground</h1>
    <p>Write a config and see the form it makes, the events it sends, what the friction linter
      says about it and the snippet that puts it on a page. Everything runs in this page: nothing
      you type is sent anywhere.</p>
  </header>
  <noscript><p class="pg-noscript">The playground runs in your browser and needs JavaScript.
    Without it, check a config with <code>npx yesladder lint config.json</code> and print its
    snippet with <code>npx yesladder snippet config.json</code>.</p></noscript>
  <div class="pg-columns">
    <div class="pg-column">
      <section class="pg-panel" aria-labelledby="editor-heading">
        <h2 id="editor-heading">Config</h2>
        <p id="config-help" class="pg-help">JSON, checked as you type, as <code>parseForm</code>
          checks it. Each problem is listed with its line; “line N” moves the cursor there.</p>
        <p id="config-note" class="pg-note" role="status"></p>
        <label class="pg-label" for="config">Config (JSON)</label>
        <div class="pg-editor">
          <div id="gutter" class="pg-gutter" aria-hidden="true"></div>
          <textarea id="config" class="pg-code" rows="26" spellcheck="false" autocapitalize="off"
            autocomplete="off" aria-describedby="issues config-help"></textarea>
        </div>
        <h3 id="issues-heading">Problems</h3>
        <ul id="issues" class="pg-issues" aria-live="polite" aria-labelledby="issues-heading"></ul>
      </section>
      <section class="pg-panel" aria-labelledby="lint-heading">
        <h2 id="lint-heading">Friction linter</h2>
        <p class="pg-help">What <code>yesladder lint</code> says about this ladder: where it asks
          too much too soon, with a fix for each finding.</p>
        <p id="lint-summary" class="pg-summary"></p>
        <ul id="lint" class="pg-findings" aria-labelledby="lint-heading"></ul>
      </section>
    </div>
    <div class="pg-column">
      <section class="pg-panel" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        <p class="pg-help">The form as a page shows it, with the full runtime. Nothing is sent:
          the preview leaves out the config’s <code>submit</code> and <code>analytics</code>, a
          submission goes nowhere and drafts live in memory only. Display triggers are not
          watched here: a popover or modal is opened for you.</p>
        <p id="arm-row" class="pg-row" hidden><label for="arm">A/B arm shown</label>
          <select id="arm" class="pg-input"></select></p>
        <p class="pg-row"><button type="button" id="open-form" class="pg-button" hidden>Open the form</button></p>
        <p id="preview-status" class="pg-note" role="status"></p>
        <div id="preview" class="pg-preview"></div>
      </section>
      <section class="pg-panel" aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        <p class="pg-help">What <code>form.on('*', …)</code> hears, newest last: each event’s
          name, step and own fields. The list starts again when the config changes.</p>
        <p class="pg-row"><button type="button" id="clear-events" class="pg-button">Clear events</button></p>
        <ol id="events" class="pg-events" tabindex="0" aria-labelledby="events-heading"></ol>
      </section>
      <section class="pg-panel" aria-labelledby="theme-heading">
        <h2 id="theme-heading">Theme</h2>
        <p class="pg-help">CSS custom properties, set on the preview’s container: they reach into
          the form’s shadow root. Keep text at a contrast of 4.5:1 or more.</p>
        <div class="pg-theme">
        ${themeProperties.map(themeField).join('\n        ')}
        </div>
        <p id="theme-contrast" class="pg-note"></p>
        <p class="pg-row"><button type="button" id="theme-reset" class="pg-button">Reset the theme</button></p>
        <label class="pg-label" for="theme-css">Theme CSS</label>
        <textarea id="theme-css" class="pg-code pg-output" rows="9" readonly spellcheck="false"></textarea>
        <p class="pg-row"><button type="button" id="copy-theme" class="pg-button">Copy theme CSS</button>
          <span id="theme-status" class="pg-status" role="status"></span></p>
      </section>
      <section class="pg-panel" aria-labelledby="snippet-heading">
        <h2 id="snippet-heading">Snippet</h2>
        <p class="pg-help">What <code>yesladder snippet</code> prints for this config: the async
          snippet, with the config as written (its <code>submit</code> and <code>analytics</code>
          included), the script pinned by its integrity hash, and the CSP hash of its inline script.</p>
        <label class="pg-label" for="snippet">Snippet HTML</label>
        <textarea id="snippet" class="pg-code pg-output" rows="16" readonly spellcheck="false"></textarea>
        <p class="pg-row"><button type="button" id="copy-snippet" class="pg-button" disabled>Copy snippet</button>
          <span id="snippet-status" class="pg-status" role="status"></span></p>
      </section>
    </div>
  </div>
</div>
`;
