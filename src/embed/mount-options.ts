import type { DraftStorage } from '../draft/safe-storage';
import type { Sink } from '../events/sink';
import type { SinkEvent, YesLadderEvent } from '../events/types';
import type { FormConfig } from '../schema/config';
import type { AnswersOf } from '../schema/define-form';
import type { AnswerMap } from '../schema/model';
import type { SubmitMeta } from '../submit/create-submitter';
import type { FormHandle } from './form-handle';
import type { SessionStore } from './triggers/session-guard';

/** What `mount` takes besides the target and the config; every framework adapter passes it through. */
export interface MountOptions<A = AnswerMap> {
  /**
   * Receives every submission: the lead (`meta.submission === 'lead'`) as soon as a
   * `lead: true` step is done, then the final answers. A returned promise is awaited;
   * a throw or rejection shows the person a retry, with every answer kept.
   */
  readonly onSubmit?: (answers: A, meta: SubmitMeta) => unknown;
  /** Analytics sinks besides the config's `analytics`: functions or `{ send }` objects. @default [] */
  readonly sinks?: readonly Sink[];
  /**
   * Renames, enriches or drops each event on its way to the analytics sinks (yours and the
   * config's): return the event, changed or not, or `null` to drop it. Not called, and
   * nothing sent, while consent is withheld. `on()`, `onEvent` and DOM events see the
   * event as it was.
   */
  readonly beforeSend?: (event: YesLadderEvent<A>) => SinkEvent | null;
  /**
   * Receives every event on the page itself, before anything else can: `values` only for
   * `track: true` fields, whatever the consent (nothing leaves the page through it).
   */
  readonly onEvent?: (event: YesLadderEvent<A>) => void;
  /**
   * Answers known before the person types, by field name (`{ email: user.email }`): shown in
   * their fields, which the person can change. They win over the URL's (the config's
   * `prefill.query`); a draft the person left on this device wins over both. Any field may
   * be given, `sensitive` and `hidden` ones too. A name that is no field, or a value its
   * field cannot take, is left out with one console warning. Read once, at mount; a form
   * given one is shown whole by the runtime, not by the first paint.
   */
  // `never` answers (the implementation's own view of its options) take any answer map.
  readonly prefill?: [A] extends [never] ? AnswerMap : Readonly<Partial<A>>;
  /** Render inside a shadow root, isolated from the page's CSS. @default true */
  readonly shadow?: boolean;
  /** The page's CSP nonce, for browsers without constructable stylesheets. */
  readonly nonce?: string;
  /**
   * Shows this arm of the config's A/B test (`variants`) and remembers nothing: previews
   * and QA. @default the arm this device was given, or a new one by weight
   */
  readonly variant?: string;
  /**
   * Assigns the A/B arm from this id (your own visitor or user id) instead of a random
   * one: the same id, the same arm (see `assignVariant`). Only the arm's name is stored.
   * @default a random id
   */
  readonly visitorId?: string;
  /** Fixes the session id (tests, or joining your own analytics ids). @default a random id */
  readonly sessionId?: string;
  /** The clock, for tests. @default Date.now */
  readonly now?: () => number;
  /** The fetch used for `submit.url`, for tests or a wrapped client. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /**
   * Where a popover's or modal's automatic triggers remember that the form was already
   * opened this session, and where the visit's first touch (hidden fields with `from`) is
   * kept, for tests. @default window.sessionStorage (memory, or this page's values, where it throws)
   */
  readonly sessionStorage?: SessionStore;
  /**
   * Where the draft (config `draft`) is kept, for tests.
   * @default window.localStorage (memory for this page view where it throws)
   */
  readonly localStorage?: DraftStorage;
}

/**
 * `mount(target, config, options?)`: the npm package's (split) and the whole runtime's (the
 * script-tag global's). With a config written in place or from `defineForm`, the answers
 * are typed from it; with any other value, they are an `AnswerMap`.
 */
export interface Mount {
  <const C extends FormConfig>(
    target: Element | string,
    config: C,
    options?: MountOptions<AnswersOf<C>>,
  ): FormHandle<AnswersOf<C>>;
  (target: Element | string, config: unknown, options?: MountOptions): FormHandle;
}

/**
 * Types `implementation` as a `Mount`: it takes any config and `never` answers (so any
 * overload's typed `onSubmit` fits; it hands them the answers as they are).
 */
export const typedMount = (
  implementation: (target: Element | string, config: unknown, options?: MountOptions<never>) => FormHandle,
): Mount => implementation as Mount;
