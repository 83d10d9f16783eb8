import type { consents, fieldTypes, placements, sinkTypes } from './config-shape';

/**
 * The config a person writes, as JSON or TypeScript. `parseForm` checks it and turns it
 * into the normalized, frozen {@link Form} model the rest of the library reads.
 */

/** An option of a `select`, `choice`/`radio` or multi-`checkbox` field, or of a `choice` step. */
export type OptionConfig = string | { readonly value: string; readonly label?: string };

/** The field types yesladder renders. `radio` is another name for `choice`. */
export type FieldType = (typeof fieldTypes)[number];

/**
 * Where a `hidden` field's value comes from on the page: a URL parameter named like the
 * field (`query`) or named here (`query:gclid`), the visit's referrer, or its landing URL.
 */
export type HiddenSource = 'query' | `query:${string}` | 'referrer' | 'landing';

export interface FieldConfig {
  /** Key of the answer, unique in the form: `answers[name]`. Letters, digits, `_` and `-`. */
  readonly name: string;
  /** @default "text" */
  readonly type?: FieldType;
  /** Visible label. Every field but `hidden` needs one; defaults to `name`. */
  readonly label?: string;
  /** Help text under the label, announced with the field. */
  readonly hint?: string;
  readonly placeholder?: string;
  /**
   * HTML `autocomplete` token. Email and tel fields get theirs, and a text field one read from
   * its name (`first_name` → `given-name`, `phone` → `tel`…) where the name is a known one.
   */
  readonly autocomplete?: string;
  /** @default false */
  readonly required?: boolean;
  /** Shortest text accepted (characters). */
  readonly minLength?: number;
  /** Longest text accepted (characters). */
  readonly maxLength?: number;
  /** A regular expression the whole text must match, as in HTML's `pattern` attribute. */
  readonly pattern?: string;
  /** Smallest number accepted (`number` fields). */
  readonly min?: number;
  /** Largest number accepted (`number` fields). */
  readonly max?: number;
  /** Choices for `select`, `choice`/`radio` and multi-answer `checkbox` fields. */
  readonly options?: readonly OptionConfig[];
  /**
   * The fixed value of a `hidden` field; with `from`, the fallback when the page gives
   * that source no value.
   */
  readonly value?: string;
  /**
   * Fills a `hidden` field from the page when the form mounts: `"query"` (the URL parameter
   * named like the field, such as `utm_source`), `"query:<parameter>"` (a named one, such as
   * `"query:gclid"`), `"referrer"` (`document.referrer` of the visit's landing page) or
   * `"landing"` (that page's URL, without its hash). The first value of the visit wins (kept
   * in `sessionStorage`), so a later page still carries the ad that brought the person.
   * Values are cut to 500 characters. Only `hidden` fields take it.
   */
  readonly from?: HiddenSource;
  /**
   * Send this field's value to analytics sinks. Off by default: field values are
   * personal data and never leave the form for analytics unless a field opts in.
   * @default false
   */
  readonly track?: boolean;
  /**
   * Never keep this field's answer in the draft saved on the device. Fields whose name or
   * `autocomplete` reads like a password, PIN, card detail, IBAN or national id are never
   * kept, marked or not; nor are `hidden` fields (the config or the page gives their value).
   * @default false
   */
  readonly sensitive?: boolean;
}

/** A condition on an answer, for branching. */
export type WhenConfig =
  | { readonly field: string; readonly equals: string | number | boolean }
  | { readonly field: string; readonly notEquals: string | number | boolean }
  | { readonly field: string; readonly in: readonly (string | number)[] }
  | { readonly field: string; readonly filled: boolean };

/** A branch: when the condition holds (or always, without `when`), go to the step `goto`. */
export interface BranchConfig {
  readonly when?: WhenConfig;
  readonly goto: string;
}

/** The next small ask on a thanks step: a link (with `href`) or a button. */
export interface OfferConfig {
  readonly label: string;
  readonly href?: string;
}

interface StepBase {
  /** Unique step id; it names the step in events and in `goTo`. */
  readonly id: string;
  readonly title?: string;
  readonly body?: string;
}

/** A click is the commitment: a title, a line of text and one button. */
export interface CtaStepConfig extends StepBase {
  readonly type: 'cta';
  /** @default "Continue" */
  readonly button?: string;
  readonly next?: string | readonly BranchConfig[];
}

/** One or more fields and a button. The default step type. */
export interface FieldsStepConfig extends StepBase {
  readonly type?: 'fields';
  readonly fields: readonly FieldConfig[];
  /** @default "Continue" */
  readonly button?: string;
  /** Send a partial submission as soon as this step is completed, so the lead is kept. @default false */
  readonly lead?: boolean;
  readonly next?: string | readonly BranchConfig[];
}

/** One question answered with one click, which also moves on: quizzes. */
export interface ChoiceStepConfig extends StepBase {
  readonly type: 'choice';
  /** Key of the answer. @default the step id */
  readonly name?: string;
  readonly options: readonly OptionConfig[];
  /** @default false */
  readonly lead?: boolean;
  /** @default false */
  readonly track?: boolean;
  readonly next?: string | readonly BranchConfig[];
}

/** The end, offering the next small step. Must be the last step. */
export interface ThanksStepConfig extends StepBase {
  readonly type: 'thanks';
  readonly next?: OfferConfig;
}

/**
 * Every answer on the path taken, each with a "Change" button that goes back to its step;
 * its button sends the form. Must come right before the thanks step (or be the last step).
 */
export interface ReviewStepConfig extends StepBase {
  readonly type: 'review';
  /** @default "Send" */
  readonly button?: string;
}

export type StepConfig =
  | CtaStepConfig
  | FieldsStepConfig
  | ChoiceStepConfig
  | ReviewStepConfig
  | ThanksStepConfig;

/** Where the answers go, besides `onSubmit`. */
export interface SubmitConfig {
  /** Endpoint that receives each submission as a `POST`. */
  readonly url: string;
  /** Extra request headers (not sent by the beacon of a closing page). */
  readonly headers?: Readonly<Record<string, string>>;
  /** `json` body, or `form` (`application/x-www-form-urlencoded`) for form backends. @default "json" */
  readonly format?: 'json' | 'form';
  /** Attempts after the first on a network error, timeout, 408, 429 or 5xx. @default 3 */
  readonly retries?: number;
  /** Give up on one attempt after this many ms. @default 15000 */
  readonly timeout?: number;
}

/**
 * Whether analytics may be sent: `granted` sends, `denied` sends nothing, `pending` holds
 * events in memory until the page says `granted` (or drops them on `denied`).
 */
export type Consent = (typeof consents)[number];

/** The built-in sinks' names. */
export type SinkType = (typeof sinkTypes)[number];

/** Options of a sink for an analytics tool the page loads itself. */
interface PageToolSinkConfig {
  /** The global the tool is looked up as, when its snippet renamed it. */
  readonly global?: string;
  /** How long to wait, in ms, for the tool to load before dropping events. @default 5000 */
  readonly wait?: number;
}

/** A built-in analytics sink, chosen by `type`. */
export type SinkConfig =
  | { readonly type: 'console' }
  | {
      readonly type: 'dataLayer';
      /** The data layer's global name. @default "dataLayer" */
      readonly global?: string;
      /** Also call `gtag('event', …)` when gtag.js is on the page. @default true */
      readonly gtag?: boolean;
    }
  | {
      readonly type: 'beacon';
      /** Endpoint that receives JSON lines, one event per line. */
      readonly url: string;
      /** Send once this many events (at least 1) are buffered. @default 20 */
      readonly batchSize?: number;
      /** Send this many ms after the first buffered event. @default 5000 */
      readonly flushInterval?: number;
    }
  | ({ readonly type: 'segment' | 'posthog' | 'plausible' | 'meta' } & PageToolSinkConfig);

/** Where the form lives on the page. */
export type DisplayMode = 'inline' | 'popover' | 'modal';

/** Popover sides, as floating-ui names them. */
export type Placement = (typeof placements)[number];

/**
 * What opens a popover or modal; any of them does. Without a trigger it opens only
 * through `handle.open()`. Automatic triggers (delay, scroll, exit) fire at most once
 * a session unless `repeat` is set; a click always opens.
 */
export interface TriggerConfig {
  /** A click on any element matching this selector: the page's own button as the first yes. */
  readonly click?: string;
  /** Milliseconds after the form is mounted. */
  readonly delay?: number;
  /** Percent of the page scrolled (0–100). */
  readonly scroll?: number;
  /**
   * The person is about to leave: the pointer leaves through the top of the window
   * (desktop), or, on touch screens, a fast scroll back up or the tab hidden after
   * they have engaged with the page.
   */
  readonly exit?: boolean;
  /**
   * Where the triggers may fire: URL path patterns (`/pricing`, `/blog/*`, `/docs/**`), `*`
   * any characters but `/`, `**` any at all. Checked at mount and at each route change of a
   * single-page app. Without it, every page.
   */
  readonly pages?: readonly string[];
}

export interface DisplayConfig {
  /** @default "inline"; attached to the page's own form (`attach`), "popover" unless "modal" */
  readonly mode?: DisplayMode;
  /** Popover: the element it points at. @default trigger.click, or the page's form it is attached to */
  readonly anchor?: string;
  /** Popover: which side of the anchor. @default "bottom" */
  readonly placement?: Placement;
  readonly trigger?: TriggerConfig;
  /** Let automatic triggers open it again in the same session. @default false */
  readonly repeat?: boolean;
}

/** How long a draft is kept on the device. */
export interface DraftConfig {
  /** Milliseconds after the last change; an older draft is deleted when read. @default 86400000 (one day) */
  readonly ttl?: number;
}

export interface FormConfig {
  /** Names the form in every event and submission. */
  readonly id: string;
  readonly steps: readonly StepConfig[];
  /** @default no HTTP submission */
  readonly submit?: SubmitConfig;
  /** Where analytics events go. @default [] */
  readonly analytics?: readonly SinkConfig[];
  /**
   * Whether analytics may be sent before the page says otherwise: `pending` holds events
   * until `consent('granted')`. A browser sending Global Privacy Control starts `denied`.
   * @default "granted"
   */
  readonly consent?: Consent;
  /**
   * Names the variant in every event and submission, for A/B comparison. With `variants`,
   * each arm is named by its key instead. @default "default"
   */
  readonly variant?: string;
  /**
   * An A/B test: each key names an arm and holds the top-level options it changes (most
   * often `steps`). A visitor is assigned one arm by weight, once, and keeps it on this
   * device (`localStorage`); its name travels in every event and submission as `variant`.
   * @example { "control": { "steps": [...one page...] }, "twostep": { "weight": 1 } }
   */
  readonly variants?: Readonly<Record<string, VariantConfig>>;
  /** Inline (the default), or a popover or modal opened by a trigger. */
  readonly display?: DisplayConfig;
  /** Show "Step 2 of 3". Hiding it while steps remain is less honest. @default true */
  readonly progress?: boolean;
  /**
   * Keep the answers on this device as the person types and bring them back, at the step
   * they were on, when the page is loaded again; `false` turns drafts off.
   * @default { ttl: 86400000 } (on, kept for one day)
   */
  readonly draft?: boolean | DraftConfig;
  /**
   * The language of the widget's own words and the root's `lang`/`dir`: a BCP 47 tag whose
   * language is shipped (`en`, `de`, `fr`, `es`, `ar`, `ja`); a region is kept for `lang`
   * (`de-AT` uses `de`). `ar` lays the form out right to left.
   * @default the browser's `navigator.language` when shipped, else "en"
   */
  readonly locale?: string;
  /** Replace any text the widget writes itself, on top of the locale's: button labels, error messages. */
  readonly messages?: Readonly<Partial<Record<MessageKey, string>>>;
  /** Spam checks: a hidden honeypot field and a minimum fill time. */
  readonly spam?: SpamConfig;
  /**
   * Answers known before the person types: from the page's URL (`query`), besides what
   * `mount`'s `prefill` option (or a script tag's `data-prefill`) gives. They are shown in
   * their fields, and the person can change them.
   */
  readonly prefill?: PrefillConfig;
  /**
   * Pass over a step whose every shown field was prefilled with an answer that passes its
   * check, as a Next would (branches apply). Never a `cta`, `review` or `thanks` step, nor
   * the step whose Next sends the form. @default false
   */
  readonly skipPrefilled?: boolean;
}

/** Where prefilled answers may come from, besides `mount`'s `prefill` option. */
export interface PrefillConfig {
  /**
   * Fill fields from the page's URL parameters of their names (`?email=ada@example.com`):
   * `true` for every field, or a list of field names. Never `hidden`, `sensitive` or
   * password-like fields (a URL leaks into logs and history), nor a `consent` box.
   * @default false
   */
  readonly query?: boolean | readonly string[];
}

/**
 * One arm of an A/B test: its share of visitors and the top-level options it replaces
 * (whole values: an arm's `steps` replace the form's `steps`; what it leaves out is shared).
 */
export interface VariantConfig extends Partial<Omit<FormConfig, 'id' | 'variant' | 'variants'>> {
  /** Its share of visitors, relative to the other arms' weights. @default 1 */
  readonly weight?: number;
}

/**
 * How the form tells a bot from a person. A submission that trips a check carries
 * `bot` signals (`suspected_bot: true` in the body); `action: "drop"` sends nothing instead.
 */
export interface SpamConfig {
  /** Add a field people never see or reach; a bot that fills it is flagged `honeypot`. @default true */
  readonly honeypot?: boolean;
  /** A final submission sooner than this many ms after the form started is flagged `too_fast`; 0 turns it off. @default 3000 */
  readonly minFillTime?: number;
  /** `flag`: send it, marked. `drop`: show the bot the thanks step and send nothing. @default "flag" */
  readonly action?: 'flag' | 'drop';
}

/** Keys of the widget's own words; see `defaultMessages`. */
export type MessageKey =
  | 'required'
  | 'send'
  | 'change'
  | 'change_answer'
  | 'yes'
  | 'no'
  | 'not_given'
  | 'required_consent'
  | 'invalid_email'
  | 'too_short'
  | 'too_long'
  | 'too_small'
  | 'too_large'
  | 'pattern_mismatch'
  | 'not_a_number'
  | 'invalid_option'
  | 'invalid'
  | 'progress'
  | 'continue'
  | 'back'
  | 'sending'
  | 'submit_failed'
  | 'submit_saved'
  | 'retry'
  | 'done'
  | 'choose'
  | 'close'
  | 'error_summary'
  | 'error_link';
