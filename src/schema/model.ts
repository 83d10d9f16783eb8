import type {
  Consent,
  DisplayMode,
  FieldType,
  HiddenSource,
  MessageKey,
  Placement,
  SinkConfig,
  TriggerConfig,
} from './config';

/** An answer as the flow stores it. */
export type Value = string | number | boolean | readonly string[];

/** A person's answers so far, by field name. */
export type AnswerMap = Readonly<Record<string, Value | undefined>>;

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** A normalized field: every default filled in, `radio` folded into `choice`. */
export interface Field {
  readonly name: string;
  readonly type: FieldTypeName;
  readonly label: string;
  readonly hint?: string;
  readonly placeholder?: string;
  readonly autocomplete?: string;
  readonly required: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Anchored like HTML's `pattern`: the whole value must match. */
  readonly pattern?: RegExp;
  readonly min?: number;
  readonly max?: number;
  readonly options: readonly Option[];
  readonly value?: string;
  /** `hidden` fields: where on the page the value comes from (`value` is then the fallback). */
  readonly from?: HiddenSource;
  readonly track: boolean;
  /** Never kept in a draft. */
  readonly sensitive: boolean;
}

/** A field type after normalization: `radio` is folded into `choice`. */
export type FieldTypeName = Exclude<FieldType, 'radio'>;

export type StepType = 'cta' | 'fields' | 'choice' | 'review' | 'thanks';

export type Condition =
  | { readonly field: string; readonly op: 'equals' | 'notEquals'; readonly value: string | number | boolean }
  | { readonly field: string; readonly op: 'in'; readonly value: readonly (string | number)[] }
  | { readonly field: string; readonly op: 'filled'; readonly value: boolean };

export interface Branch {
  readonly when?: Condition;
  readonly goto: string;
}

export interface Offer {
  readonly label: string;
  readonly href?: string;
}

/**
 * A normalized step. A `choice` step holds exactly one `choice` field (named by the
 * step's `name`, or its id); `cta` and `thanks` steps hold none.
 */
export interface Step {
  readonly id: string;
  readonly type: StepType;
  readonly title?: string;
  readonly body?: string;
  readonly button?: string;
  readonly fields: readonly Field[];
  readonly lead: boolean;
  readonly branches: readonly Branch[];
  readonly offer?: Offer;
}

/** Where the form lives, every default filled in. */
export interface Display {
  readonly mode: DisplayMode;
  /** Popover: the anchor's selector (the click trigger's when not given). */
  readonly anchor?: string;
  readonly placement: Placement;
  readonly trigger: TriggerConfig;
  readonly repeat: boolean;
}

/** One arm of an A/B test, checked: its name, its share and the form it shows. */
export interface VariantArm {
  readonly name: string;
  readonly weight: number;
  readonly form: Form;
}

/** The checked, normalized and frozen form every other module reads. */
export interface Form {
  readonly id: string;
  readonly variant: string;
  /** The arms of an A/B test (`mount` shows one of their forms); empty without `variants`. */
  readonly variants: readonly VariantArm[];
  readonly steps: readonly Step[];
  readonly submit?: {
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    /** Left out, the submitter's defaults apply: `json`, 3 retries, 15000 ms. */
    readonly format?: 'json' | 'form';
    readonly retries?: number;
    readonly timeout?: number;
  };
  readonly analytics: readonly SinkConfig[];
  /** Consent to analytics before the page says otherwise (Global Privacy Control wins over it). */
  readonly consent: Consent;
  readonly display: Display;
  readonly progress: boolean;
  /** Drafts kept on the device for `ttl` ms, or `false` when turned off. */
  readonly draft: false | { readonly ttl: number };
  /** The config's `locale`, when it names one; the browser's language decides otherwise. */
  readonly locale?: string;
  readonly messages: Readonly<Partial<Record<MessageKey, string>>>;
  /** Spam checks, every default filled in (`minFillTime` 0: off). */
  readonly spam: {
    readonly honeypot: boolean;
    readonly minFillTime: number;
    readonly action: 'flag' | 'drop';
  };
  /**
   * Which fields the page's URL parameters fill: every one it may (`true`), those named, or
   * none. Filled in by `normalize`; a first paint's model (`normalizeArm`) has none.
   */
  readonly prefill?: { readonly query: boolean | readonly string[] };
  /** Pass over steps whose every shown field was prefilled with a good answer. Filled in by `normalize`. */
  readonly skipPrefilled?: boolean;
}
