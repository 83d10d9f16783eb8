import type { FormConfig } from '../schema/config';
import type { AnswersOf } from '../schema/define-form';
import type { AnswerMap, Form, Value } from '../schema/model';
import { parseFormOrThrow } from '../schema/parse-form';
import { defaultMessages, formatIssue } from '../validate/messages';
import { validateField } from '../validate/validate-field';
import { pathTaken } from './path-taken';
import { readBody } from './read-body';

/** One reason a received submission is refused: where, a snake_case code, and words. */
export interface SubmissionIssue {
  /** `answers.email`, `form_id`, `step_id`… or `""` for the body as a whole. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** A submission that passed every check, its answers typed from the config. */
export interface ReceivedSubmission<A = AnswerMap> {
  readonly formId: string;
  readonly variant: string;
  readonly sessionId: string;
  /** `lead` (a `lead: true` step was completed) or `final`. */
  readonly kind: 'lead' | 'final';
  readonly stepId: string;
  /** Only fields of the steps on the path taken, each checked by its own rules. */
  readonly answers: A;
  /** The step ids the answers lead through, as the widget walked them. */
  readonly path: readonly string[];
  readonly submittedAt?: string;
  /** The key every attempt of this submission carries: de-duplicate on it. */
  readonly idempotencyKey?: string;
  /** The widget flagged it: the honeypot was filled or the form finished too fast. */
  readonly suspectedBot: boolean;
  /** Why (`honeypot`, `too_fast`); empty for a person. */
  readonly botSignals: readonly string[];
  /** What was sent but dropped: unknown keys, answers of steps not on the path. */
  readonly ignored: readonly string[];
}

export type SubmissionResult<A = AnswerMap> =
  | { readonly ok: true; readonly submission: ReceivedSubmission<A> }
  | { readonly ok: false; readonly issues: readonly SubmissionIssue[] };

export interface ParseSubmissionOptions {
  /** The `Idempotency-Key` request header; it wins over the body's `idempotency_key`. */
  readonly idempotencyKey?: string | null;
}

const forms = new WeakMap<object, Form>();
const formOf = (config: unknown): Form => {
  const key = typeof config === 'object' && config ? config : undefined;
  let form = key && forms.get(key);
  if (!form) {
    form = parseFormOrThrow(config);
    if (key) forms.set(key, form);
  }
  return form;
};

/** A received value in a message, short: the client may send anything. */
const shown = (value: unknown): string => (JSON.stringify(value) ?? 'nothing').slice(0, 60);

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/**
 * Checks a received submission against the same config the widget used, trusting
 * nothing the client sent: the form id, the step, every answer of the steps on the path
 * the answers lead to (types, required fields, rules), with unknown keys dropped. A bad
 * `config` is the server's own bug: it throws a `ConfigError`. Never throws on `body`.
 *
 * @example
 * const result = parseSubmission(guide, JSON.parse(text), { idempotencyKey: req.headers['idempotency-key'] });
 * if (!result.ok) return reply(422, { issues: result.issues });
 * result.submission.answers.email; // string | undefined
 */
export function parseSubmission<const C extends FormConfig>(
  config: C,
  body: unknown,
  options?: ParseSubmissionOptions,
): SubmissionResult<AnswersOf<C>>;
export function parseSubmission(
  config: unknown,
  body: unknown,
  options?: ParseSubmissionOptions,
): SubmissionResult;
export function parseSubmission(
  config: unknown,
  body: unknown,
  options: ParseSubmissionOptions = {},
): SubmissionResult {
  const form = formOf(config);
  const issues: SubmissionIssue[] = [];
  const refuse = (path: string, code: string, message: string) => issues.push({ path, code, message });
  const raw = readBody(body);
  if (raw.error) return { ok: false, issues: [{ path: '', code: 'invalid_body', message: raw.error }] };

  const formId = raw.meta('form_id');
  if (formId !== form.id) refuse('form_id', 'wrong_form', `expected "${form.id}", received ${shown(formId)}`);
  const kind = raw.meta('submission');
  if (kind !== 'lead' && kind !== 'final')
    refuse('submission', 'invalid_submission', 'expected "lead" or "final"');
  const text = (name: string, max: number): string => {
    const value = raw.meta(name);
    if (isText(value, max)) return value;
    refuse(name, 'invalid_meta', `expected a string of 1 to ${max} characters`);
    return '';
  };
  const variant = text('variant', 200);
  const sessionId = text('session_id', 200);
  const stepId = text('step_id', 200);
  const submittedAt = raw.meta('submitted_at');
  const key = options.idempotencyKey ?? raw.meta('idempotency_key');
  if (key !== undefined && !isText(key, 200))
    refuse('idempotency_key', 'invalid_key', 'expected a string of 1 to 200 characters');
  const signals = raw.meta('bot_signals');
  const botSignals = Array.isArray(signals)
    ? signals.filter((s): s is string => isText(s, 40)).slice(0, 10)
    : [];

  // Every field's answer as sent, in a map no key can climb out of.
  const sent: Record<string, Value | undefined> = Object.create(null);
  for (const step of form.steps)
    for (const field of step.fields) sent[field.name] = raw.answer(field) as Value;
  const { path, reached, next } = pathTaken(form, sent, stepId);
  const route = path.map((step) => step.id).join(' → ');
  const step = path[path.length - 1];
  if (stepId && !reached)
    refuse('step_id', 'not_on_path', `"${stepId}" is not on the path these answers lead to (${route})`);
  else if (step && kind === 'final' && next && next.type !== 'thanks')
    refuse(
      'step_id',
      'not_last_step',
      `a final submission ends where the form does; these answers lead on to "${next.id}"`,
    );
  else if (step && kind === 'lead' && !step.lead)
    refuse('step_id', 'not_a_lead_step', `"${stepId}" is not a lead: true step`);

  const messages = { ...defaultMessages, ...form.messages };
  const answers: Record<string, Value> = {};
  const kept = new Set<string>();
  for (const { fields } of reached ? path : []) {
    for (const field of fields) {
      kept.add(field.name);
      const value = sent[field.name];
      const issue = validateField(field, value);
      if (issue) refuse(`answers.${field.name}`, issue.code, formatIssue(messages, issue));
      else if (value !== undefined) answers[field.name] = value;
    }
  }
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    submission: {
      formId: form.id,
      variant,
      sessionId,
      kind: kind as 'lead' | 'final',
      stepId,
      answers,
      path: path.map((s) => s.id),
      ...(typeof submittedAt === 'string' ? { submittedAt } : {}),
      ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
      suspectedBot: raw.meta('suspected_bot') === true || botSignals.length > 0,
      botSignals,
      ignored: [...raw.extraKeys, ...raw.answerKeys.filter((k) => !kept.has(k)).map((k) => `answers.${k}`)],
    },
  };
}
