import fc from 'fast-check';
import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { initialState } from '../../src/flow/initial-state';
import { allViews } from '../../src/render/all-views';
import { FormView } from '../../src/render/form-view';
import { parseForm } from '../../src/schema/parse-form';
import { defaultMessages } from '../../src/validate/messages';

// Random configs, valid by the schema, whose every string a person reads is random text or a
// classic XSS payload, rendered step by step: nothing but text, <strong>, <em> and safe links.

/** Classic payloads: markup, event handlers, script URLs, breaking out of attributes, unicode tricks. */
const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload="window.__pwned = 1">',
  "'><iframe srcdoc='<script>parent.__pwned = 1</script>'>",
  '<a href="javascript:window.__pwned = 1">click</a>',
  'javascript:window.__pwned = 1',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u202Egnp.exe',
  '\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E',
  'e\u0301\u200B\u200D\uFEFF',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, on purpose.
  '${alert(1)}',
  '__proto__',
  'constructor',
];

const SAFE_URLS = [
  'https://example.com/privacy',
  'http://example.com',
  'mailto:hi@example.com',
  'tel:+441234',
];
const UNSAFE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:alert(1)',
  'java%0ascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '/relative',
];

/** Any text a config might hold: payloads, any unicode, and the two glued together. */
const anyText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.tuple(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'binary', maxLength: 8 })).map(([a, b]) => a + b),
);

/** A string to show as it is (title, label, button, option). */
const plain = anyText;

/** Text with no markup characters, so what it renders to is known. */
const unmarked = anyText.map((text) => text.replace(/[*_[\]]/g, ''));
const filled = unmarked.filter((text) => text.length > 0);

/** Text in the markup subset, with the text a person must see. */
type Marked = { source: string; shown: string };
const segment: fc.Arbitrary<Marked> = fc.oneof(
  unmarked.map((t) => ({ source: t, shown: t })),
  filled.map((t) => ({ source: `**${t}**`, shown: t })),
  filled.map((t) => ({ source: ` _${t}_ `, shown: ` ${t} ` })),
  fc.tuple(filled, fc.constantFrom(...SAFE_URLS)).map(([t, url]) => ({ source: `[${t}](${url})`, shown: t })),
  fc.tuple(filled, fc.constantFrom(...UNSAFE_URLS)).map(([t, url]) => {
    const source = `[${t}](${url})`;
    return { source, shown: source };
  }),
);
const marked: fc.Arbitrary<Marked> = fc.array(segment, { maxLength: 4 }).map((parts) => ({
  source: parts.map((p) => p.source).join(''),
  shown: parts.map((p) => p.shown).join(''),
}));

/** What a step must show: each entry a text some element must hold exactly. */
type Shown = string[];

const field = (name: string) =>
  fc.oneof(
    fc
      .record({
        type: fc.constantFrom('text', 'email', 'tel', 'textarea', 'number'),
        label: plain,
        hint: fc.option(marked, { nil: undefined }),
        placeholder: fc.option(plain, { nil: undefined }),
      })
      .map(({ type, label, hint, placeholder }) => ({
        config: { name, type, label, placeholder, hint: hint?.source },
        shown: [label, ...(hint ? [hint.shown] : [])],
      })),
    fc
      .record({
        type: fc.constantFrom('select', 'choice', 'radio', 'checkbox'),
        label: plain,
        options: fc.array(plain, { minLength: 1, maxLength: 3 }),
      })
      .map(({ type, label, options }) => ({
        config: { name, type, label, options: options.map((text, i) => ({ value: `o${i}`, label: text })) },
        shown: [label, ...options],
      })),
    fc
      .record({ type: fc.constantFrom('consent', 'checkbox'), label: marked, required: fc.boolean() })
      .map(({ type, label, required }) => ({
        config: { name, type, label: label.source, required },
        shown: [label.shown + (required ? ' *' : '')],
      })),
    plain.map((value) => ({ config: { name, type: 'hidden', value }, shown: [] as Shown })),
  );

const askingStep = (i: number) => {
  const id = `s${i}`;
  const common = { title: plain, body: fc.option(marked, { nil: undefined }) };
  const withCommon = <T extends { config: object; shown: Shown }>(
    rest: fc.Arbitrary<T>,
  ): fc.Arbitrary<{ config: object; shown: Shown }> =>
    fc.record({ ...common, rest }).map(({ title, body, rest: r }) => ({
      config: { id, title, body: body?.source, ...r.config },
      shown: [title, ...(body ? [body.shown] : []), ...r.shown],
    }));
  return fc.oneof(
    withCommon(plain.map((button) => ({ config: { type: 'cta', button }, shown: [button] }))),
    withCommon(
      fc.record({ button: plain, fields: fc.integer({ min: 1, max: 3 }) }).chain(({ button, fields }) =>
        fc.tuple(...Array.from({ length: fields }, (_, j) => field(`f${i}_${j}`))).map((made) => ({
          config: { type: 'fields', button, fields: made.map((m) => m.config) },
          shown: [button, ...made.flatMap((m) => m.shown)],
        })),
      ),
    ),
    withCommon(
      fc.array(plain, { minLength: 1, maxLength: 3 }).map((options) => ({
        config: { type: 'choice', options: options.map((text, k) => ({ value: `o${k}`, label: text })) },
        shown: options,
      })),
    ),
  );
};

const thanksStep = fc
  .record({
    title: plain,
    body: fc.option(marked, { nil: undefined }),
    label: plain,
    href: fc.option(fc.constantFrom(...SAFE_URLS, '/video', '?next=1'), { nil: undefined }),
  })
  .map(({ title, body, label, href }) => ({
    config: { id: 'end', type: 'thanks', title, body: body?.source, next: { label, href } },
    shown: [title, ...(body ? [body.shown] : []), label],
  }));

const form = fc
  .record({
    count: fc.integer({ min: 1, max: 3 }),
    thanks: fc.option(thanksStep, { nil: undefined }),
    back: plain,
  })
  .chain(({ count, thanks, back }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => askingStep(i))).map((steps) => {
      const all = thanks ? [...steps, thanks] : steps;
      return {
        config: { id: 'xss', messages: { back }, steps: all.map((s) => s.config) },
        shown: all.map((s) => s.shown),
      };
    }),
  );

const ALLOWED_HREF = /^(?:https?|mailto|tel):$/;
const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join());
const before = snapshot();

let box: HTMLElement | undefined;
afterEach(() => {
  if (box) render(null, box);
  box?.remove();
  box = undefined;
});

/** Renders each step of `config` in turn and checks what is in the DOM. */
function renderEveryStep(config: { steps: object[] }, shown: Shown[]): void {
  // As a JSON config arrives: text parsed by JSON.parse.
  const parsed = parseForm(JSON.parse(JSON.stringify(config)));
  if (!parsed.ok) throw parsed.error;
  const messages = { ...defaultMessages, ...parsed.form.messages };
  box ??= document.body.appendChild(document.createElement('div'));
  parsed.form.steps.forEach((step, i) => {
    const state = { ...initialState(parsed.form, 'session'), history: [step.id] };
    render(
      <FormView state={state} send={() => {}} messages={messages} uid="t" views={allViews} />,
      box as HTMLElement,
    );
    const root = box as HTMLElement;
    expect(root.querySelector('script, img, svg, iframe, object, embed, math, style, link, meta')).toBeNull();
    for (const element of root.querySelectorAll('*')) {
      expect(element.tagName).toMatch(
        /^(DIV|P|H2|I|FORM|FIELDSET|LEGEND|LABEL|SPAN|INPUT|TEXTAREA|SELECT|OPTION|BUTTON|A|STRONG|EM)$/,
      );
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/i);
      const href = element.getAttribute('href');
      if (href !== null) expect(new URL(href, 'https://page.example/').protocol).toMatch(ALLOWED_HREF);
    }
    const texts = new Set([...root.querySelectorAll('*')].map((e) => e.textContent));
    for (const text of shown[i] ?? [])
      if (text) expect(texts, `step ${step.id} shows ${JSON.stringify(text)}`).toContain(text);
  });
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
}

test('renders every config string as text: no elements, handlers or script URLs from it', () => {
  fc.assert(
    fc.property(form, ({ config, shown }) => {
      renderEveryStep(config, shown);
      expect(snapshot()).toEqual(before);
    }),
    { numRuns: 100, seed: 5_2026 },
  );
}, 120_000);

/** Keys that pollute a prototype when a parser or merge writes them with `obj[key] = value`. */
const EVIL = ['__proto__', 'constructor', 'prototype'];

test('refuses __proto__, constructor and prototype keys anywhere in a JSON config, polluting nothing', () => {
  fc.assert(
    fc.property(
      form,
      fc.constantFrom(...EVIL),
      fc.constantFrom('root', 'step', 'field', 'option', 'messages'),
      ({ config }, key, where) => {
        const json = JSON.stringify(config);
        const evil = `"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}},`;
        // Splice the key into the chosen object of the JSON text, as a hostile CMS would.
        const at = {
          root: json.indexOf('{') + 1,
          step: json.indexOf('{', json.indexOf('"steps"')) + 1,
          field: json.indexOf('"name"'),
          option: json.indexOf('"value"'),
          messages: json.indexOf('{', json.indexOf('"messages"')) + 1,
        }[where];
        if (at <= 0) return;
        const hostile = JSON.parse(json.slice(0, at) + evil + json.slice(at));
        const result = parseForm(hostile);
        expect(({} as { polluted?: string }).polluted).toBeUndefined();
        expect(snapshot()).toEqual(before);
        if (where === 'messages' && result.ok) {
          // A map of words: a key is at most an unused message, and the merged map keeps its prototype.
          const messages = { ...defaultMessages, ...result.form.messages } as Record<string, unknown>;
          expect(Object.getPrototypeOf(messages)).toBe(Object.prototype);
          expect(messages.polluted).toBeUndefined();
          return;
        }
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.issues.map((i) => i.path).join()).toContain(key);
      },
    ),
    { numRuns: 100, seed: 5_2026 },
  );
}, 60_000);
