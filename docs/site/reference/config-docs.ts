/**
 * What each config option means, keyed by its path in `configPaths()`. A test holds the keys
 * to the schema's paths, so an option cannot be added or renamed without its words here.
 */
export interface OptionDoc {
  /** For a marketer or developer: what it does, short and exact; `code` in backticks. */
  readonly description: string;
  /** What the library applies when it is left out: JSON when it is a value, else words. */
  readonly default?: string;
  /** A JSON value that fits the option. */
  readonly example: unknown;
}

const option = (description: string, example: unknown, defaultValue?: string): OptionDoc =>
  defaultValue === undefined ? { description, example } : { description, example, default: defaultValue };

const DAY = '86400000';
const ON_THANKS = 'On a `thanks` step, `next` is instead the next small ask (below).';

export const configDocs: Readonly<Record<string, OptionDoc>> = {
  // Form
  id: option(
    'Names the form in every event and submission, and keys its draft and A/B arm on the device. Letters, digits, `_` and `-`, starting with a letter.',
    'free-guide',
  ),
  steps: option(
    'The steps, in order; the person sees one at a time. At least one must ask something (`cta`, `fields` or `choice`).',
    [
      { id: 'email', fields: [{ name: 'email', type: 'email', label: 'Email', required: true }] },
      { id: 'thanks', type: 'thanks', title: 'Check your inbox!' },
    ],
  ),
  progress: option(
    'Show "Step 2 of 3", counting the steps on the path the answers so far lead to. Hiding it while steps remain is less honest.',
    true,
    'true',
  ),
  locale: option(
    "The language of the widget's own words and the form's `lang`/`dir`: `en`, `de`, `fr`, `es`, `ar` (right to left) or `ja`, a region allowed (`de-AT` uses `de`).",
    'de-AT',
    'the browser\'s `navigator.language` when shipped, else "en"',
  ),

  // Steps
  'steps[].id': option(
    "Unique step id; names the step in events, in branches' `goto` and in `goTo`. Letters, digits, `_` and `-`, starting with a letter.",
    'email',
  ),
  'steps[].type': option(
    'What the person does: `cta` clicks one button; `fields` fills fields; `choice` answers one question with one click; `review` checks every answer and sends; `thanks` ends the form (must be the last step).',
    'cta',
    '"fields"',
  ),
  'steps[].title': option("The step's heading; on a `choice` step, the question.", 'Get your free guide'),
  'steps[].body': option(
    'A line of text under the title; takes `**bold**`, `_italic_` and `[links](https://…)`.',
    'It takes two minutes.',
  ),
  'steps[].button': option(
    "The label of the step's button (`cta`, `fields` and `review` steps).",
    'Send it to me',
    'the locale\'s "Continue"; on a `review` step, "Send"',
  ),
  'steps[].name': option(
    'On a `choice` step: the key of its answer, unique in the form.',
    'role',
    'the step id',
  ),
  'steps[].lead': option(
    'On a `fields` or `choice` step: send a partial submission as soon as the step is completed, so the lead is kept even if the rest is abandoned.',
    true,
    'false',
  ),
  'steps[].track': option(
    'On a `choice` step: send its answer to analytics sinks. Off by default, since answers are personal data.',
    true,
    'false',
  ),
  'steps[].options': option(
    'On a `choice` step (at least one): the answers, each a big button that answers and moves on.',
    ['Business owner', { value: 'freelancer', label: 'Freelancer' }],
  ),
  'steps[].options[].value': option(
    'An option written as an object: the value its answer takes.',
    'freelancer',
  ),
  'steps[].options[].label': option(
    'An option written as an object: the words the person sees.',
    'Freelancer',
    'the value',
  ),

  // Fields
  'steps[].fields': option('On a `fields` step (at least one): the fields, in order.', [
    { name: 'email', type: 'email', label: 'Where should we send it?', required: true },
  ]),
  'steps[].fields[].name': option(
    'The key of the answer (`answers[name]`), unique in the form. Letters, digits, `_` and `-`, starting with a letter, and not a name every object has (`constructor`…).',
    'email',
  ),
  'steps[].fields[].type': option(
    "The kind of field. `email`, `text`, `tel`, `textarea` and `hidden` answer a string; `number` a number; `select` and `choice` (alias `radio`) one option's value; `checkbox` true or false, or with `options` a list of values; `consent` true or false.",
    'email',
    '"text"',
  ),
  'steps[].fields[].label': option(
    "The visible label. Every field but `hidden` has one; a lone `checkbox` or `consent` box's label also takes `**bold**`, `_italic_` and `[links](https://…)`.",
    'Where should we send it?',
    'the `name`',
  ),
  'steps[].fields[].hint': option(
    'Help text under the label, announced with the field; takes `**bold**`, `_italic_` and `[links](https://…)`.',
    'We never share it.',
  ),
  'steps[].fields[].placeholder': option('Example text shown in the empty input.', 'ada@example.com'),
  'steps[].fields[].autocomplete': option(
    'The HTML `autocomplete` token, so browsers fill in what the person already gave them; `"off"` turns it off.',
    'given-name',
    '`email` and `tel` for those types; for a `text` field, read from its name (`first_name` → `given-name`, `company` → `organization`, `phone` → `tel`…); none otherwise',
  ),
  'steps[].fields[].required': option(
    'The field must be answered; a `consent` box must be ticked.',
    true,
    'false',
  ),
  'steps[].fields[].minLength': option(
    '`text`, `email`, `tel` and `textarea` fields: the shortest answer accepted, in characters.',
    2,
  ),
  'steps[].fields[].maxLength': option(
    '`text`, `email`, `tel` and `textarea` fields: the longest answer accepted, in characters.',
    500,
  ),
  'steps[].fields[].pattern': option(
    "`text`, `email`, `tel` and `textarea` fields: a regular expression the whole answer must match, as in HTML's `pattern`.",
    '[A-Z]{2}\\d{4}',
  ),
  'steps[].fields[].min': option('`number` fields: the smallest number accepted.', 1),
  'steps[].fields[].max': option('`number` fields: the largest number accepted.', 100),
  'steps[].fields[].options': option(
    'The choices of a `select` or `choice`/`radio` field (required), or of a `checkbox` field that takes several answers.',
    ['Business owner', { value: 'freelancer', label: 'Freelancer' }],
  ),
  'steps[].fields[].options[].value': option(
    'An option written as an object: the value its answer takes.',
    'freelancer',
  ),
  'steps[].fields[].options[].label': option(
    'An option written as an object: the words the person sees.',
    'Freelancer',
    'the value',
  ),
  'steps[].fields[].value': option(
    '`hidden` fields: the fixed value submitted; with `from`, the fallback when the page gives none.',
    'spring-campaign',
  ),
  'steps[].fields[].from': option(
    "`hidden` fields: fill the value from the page at mount. `query` (the URL parameter named like the field, such as `utm_source`), `query:<parameter>` (a named one, such as `query:gclid`), `referrer` (`document.referrer` of the landing page) or `landing` (the landing URL, without its hash). The visit's first value wins (kept in `sessionStorage`); cut to 500 characters. Sent with the answers; to analytics only with `track`.",
    'query:gclid',
    'none: the fixed `value`',
  ),
  'steps[].fields[].track': option(
    "Send this field's value to analytics sinks. Off by default: field values are personal data. Not with `sensitive`.",
    true,
    'false',
  ),
  'steps[].fields[].sensitive': option(
    'Never keep this answer in the draft saved on the device. Password-like fields (PIN, card number, IBAN…) and `hidden` fields never are, marked or not.',
    true,
    'false',
  ),

  // Branching and the next ask
  'steps[].next': option(
    `On an asking step: a step id, or a list of branches; the first branch whose \`when\` holds (or that has none) is taken. A branch only jumps forward. ${ON_THANKS}`,
    [{ when: { field: 'role', equals: 'Freelancer' }, goto: 'solo' }],
    'the next step in order',
  ),
  'steps[].next[].goto': option('The id of the step this branch goes to; a later step.', 'solo'),
  'steps[].next[].when': option(
    'The condition: a `field` and exactly one of `equals`, `notEquals`, `in` or `filled`.',
    { field: 'role', equals: 'Freelancer' },
    'always',
  ),
  'steps[].next[].when.field': option(
    'The `name` of the field (or `choice` step) whose answer is tested.',
    'role',
  ),
  'steps[].next[].when.equals': option(
    'Holds when the answer is this value; for a multi-answer checkbox, when the answers include it.',
    'Freelancer',
  ),
  'steps[].next[].when.notEquals': option('Holds when the answer is not this value.', 'Business owner'),
  'steps[].next[].when.in': option('Holds when the answer is one of these values.', ['Agency', 'Freelancer']),
  'steps[].next[].when.filled': option(
    '`true`: holds when the field was answered; `false`: when it was left empty.',
    true,
  ),
  'steps[].next.label': option('On a `thanks` step: the label of the next small ask.', 'Watch the video'),
  'steps[].next.href': option(
    'On a `thanks` step: where the next ask links to (http(s), `mailto:`, `tel:` or a path on this site); without it, the ask is a button.',
    '/video',
  ),

  // Submit
  submit: option(
    'Where each submission is `POST`ed, besides `onSubmit`: the lead of a `lead: true` step, then the final answers. What cannot be delivered waits in an outbox.',
    { url: '/api/leads' },
    'no HTTP submission',
  ),
  'submit.url': option('The endpoint that receives each submission.', '/api/leads'),
  'submit.headers': option('Extra request headers; not sent by the beacon of a closing page.', {
    Authorization: 'Bearer public-form-token',
  }),
  'submit.headers.<key>': option('One header: its name as the key, its value a string.', 'form-123'),
  'submit.format': option(
    '`json` body, or `form` (`application/x-www-form-urlencoded`) for form backends.',
    'form',
    '"json"',
  ),
  'submit.retries': option('Attempts after the first on a network error, timeout, 408, 429 or 5xx.', 5, '3'),
  'submit.timeout': option('Give up on one attempt after this many milliseconds.', 10000, '15000'),

  // Analytics and consent
  analytics: option(
    'The built-in analytics sinks events go to, each chosen by `type`. An option its type does not take is an error.',
    [{ type: 'dataLayer' }],
    '[]',
  ),
  'analytics[].type': option(
    'The tool: `dataLayer` (GTM, gtag), `segment`, `posthog`, `plausible`, `meta`, `beacon` (your endpoint) or `console`.',
    'dataLayer',
  ),
  'analytics[].url': option(
    '`beacon` (required): the endpoint that receives events as JSON lines.',
    'https://collect.example.com/yesladder',
  ),
  'analytics[].global': option(
    '`dataLayer`, `segment`, `posthog`, `plausible`, `meta`: the global the tool is looked up as, when its snippet renamed it.',
    'dataLayer',
    "the tool's own: `dataLayer`, `analytics`, `posthog`, `plausible`, `fbq`",
  ),
  'analytics[].gtag': option(
    "`dataLayer`: also call `gtag('event', …)` when gtag.js is on the page.",
    false,
    'true',
  ),
  'analytics[].wait': option(
    '`segment`, `posthog`, `plausible`, `meta`: how long, in ms, events wait for a tool that loads after the form before they are dropped.',
    10000,
    '5000',
  ),
  'analytics[].batchSize': option('`beacon`: send once this many events are buffered.', 20, '20'),
  'analytics[].flushInterval': option(
    '`beacon`: send this many ms after the first buffered event.',
    5000,
    '5000',
  ),
  consent: option(
    "Whether analytics may be sent before the page says otherwise: `granted` sends, `denied` sends nothing, `pending` holds events until `consent('granted')`. A browser sending Global Privacy Control starts `denied`.",
    'pending',
    '"granted"',
  ),

  // Display
  display: option(
    'Where the form lives: inline on the page, or a popover or modal opened by a trigger.',
    { mode: 'modal', trigger: { click: '#get-guide' } },
    'inline',
  ),
  'display.mode': option(
    '`inline` in the page, `popover` beside an anchor, or `modal` over the page.',
    'popover',
    '"inline"',
  ),
  'display.anchor': option(
    'Popover: a selector for the element it points at.',
    '#get-guide',
    '`display.trigger.click`',
  ),
  'display.placement': option(
    'Popover: which side of the anchor; it flips and shifts to stay on screen.',
    'bottom-start',
    '"bottom"',
  ),
  'display.trigger': option(
    'What opens a popover or modal; any of them does. Without one, only `handle.open()` does. The automatic ones (`delay`, `scroll`, `exit`) open it at most once a session.',
    { click: '#get-guide', scroll: 60 },
    'none',
  ),
  'display.trigger.click': option(
    "A selector: a click on any matching element opens the form (the page's own button as the first yes).",
    '#get-guide',
  ),
  'display.trigger.delay': option('Open this many milliseconds after the form is mounted.', 45000),
  'display.trigger.scroll': option('Open once this percent of the page is scrolled (0–100).', 60),
  'display.trigger.exit': option(
    'Open when the person is about to leave: the pointer leaves through the top of the window, or on touch screens a fast scroll back up or the tab hidden after they engaged.',
    true,
  ),
  'display.trigger.pages': option(
    'Where the triggers may fire, as URL path patterns: `*` matches within one path segment, `**` across them. Checked at mount and at each route change of a single-page app; on other pages no trigger, a click neither, opens the form.',
    ['/pricing', '/blog/**'],
    'every page',
  ),
  'display.repeat': option(
    'Let the automatic triggers open it again on later page views of the same session.',
    true,
    'false',
  ),

  // Draft
  draft: option(
    'Keep the answers on the device as the person types and bring them back, at the step they were on, on the next load; `false` turns drafts off.',
    { ttl: 7200000 },
    `{ "ttl": ${DAY} }`,
  ),
  'draft.ttl': option(
    'How long a draft is kept, in ms after the last change; an older one is deleted when read.',
    7200000,
    DAY,
  ),

  // Spam
  spam: option(
    'Spam checks: a submission that trips one is sent marked `suspected_bot`, or with `action: "drop"` not sent.',
    { honeypot: true, minFillTime: 3000, action: 'flag' },
    '{ "honeypot": true, "minFillTime": 3000, "action": "flag" }',
  ),
  'spam.honeypot': option(
    'Add a hidden field people never see or reach; a bot that fills it is flagged `honeypot`.',
    false,
    'true',
  ),
  'spam.minFillTime': option(
    'A final submission sooner than this many ms after the form appeared is flagged `too_fast`; `0` turns the check off.',
    5000,
    '3000',
  ),
  'spam.action': option(
    '`flag`: send it, marked. `drop`: show the bot the thanks step and send nothing.',
    'drop',
    '"flag"',
  ),

  // Prefill
  prefill: option(
    "Answers known before the person types, shown in their fields and changeable: from the page's URL here; from your page with `mount`'s `prefill` option or a script tag's `data-prefill`, which win. A draft on the device wins over both.",
    { query: ['email', 'name'] },
    'none',
  ),
  'prefill.query': option(
    'Fill fields from the URL parameters of their names (`?email=ada@example.com`): `true` for every field, or a list of field names. Never `hidden`, `sensitive`, password-like or `consent` fields: a URL leaks into logs and history. A value the field would refuse is left out.',
    true,
    'false',
  ),
  skipPrefilled: option(
    'Pass over a step whose every shown field was prefilled with an answer that passes its checks, as its Next would (branches apply, a lead is sent). Never a `cta`, `review` or `thanks` step, nor the step whose button sends the form. A skipped step counts neither as done nor as ahead in "Step 1 of 2", and Back never lands on it.',
    true,
    'false',
  ),

  // Messages
  messages: option(
    "Replaces any words the widget writes itself (button labels, error messages), key by key, on top of the locale's.",
    { continue: 'Next', required: 'Please fill this in.' },
    "the locale's words",
  ),
  'messages.<key>': option(
    'One message, placeholders in braces. Keys: `required`, `required_consent`, `invalid_email`, `too_short` ({minimum}), `too_long` ({maximum}), `too_small` ({minimum}), `too_large` ({maximum}), `pattern_mismatch`, `not_a_number`, `invalid_option`, `invalid`, `progress` ({current}, {total}), `continue`, `back`, `sending`, `submit_failed`, `submit_saved`, `retry`, `done`, `choose`, `close`, `error_summary`, `error_link` ({label}, {error}), and for the review step `send`, `change`, `change_answer` ({label}), `yes`, `no`, `not_given`.',
    'Step {current} of {total}',
  ),

  // A/B variants
  variant: option(
    'Names the variant in every event and submission. Not with `variants`, whose arms are named by their keys.',
    'spring-copy',
    '"default"',
  ),
  variants: option(
    'An A/B test: each key names an arm. A visitor is assigned one arm by weight, once, and keeps it on the device; its name is the `variant` of every event and submission.',
    { onepage: {}, ladder: { weight: 1 } },
  ),
  'variants.<id>': option(
    "One arm: the top-level options it replaces, each a whole value (an arm's `steps` replace the form's); what it leaves out is shared. An arm may set any top-level option except `id`, `variant` and `variants`.",
    { weight: 2, progress: false },
  ),
  'variants.<id>.weight': option("The arm's share of visitors, relative to the other arms' weights.", 3, '1'),
};
