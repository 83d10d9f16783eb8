import type { Field, FieldTypeName } from '../schema/model';

/** A received body, read the same way whatever its format. Only own keys are ever read. */
export interface RawBody {
  /** A top-level value (`form_id`, `bot_signals`…), as sent. */
  meta(name: string): unknown;
  /** The answer for `field`, as sent (form fields turned into the field's type). */
  answer(field: Field): unknown;
  /** Every answer key the body holds. */
  readonly answerKeys: readonly string[];
  /** Top-level keys nobody reads. */
  readonly extraKeys: readonly string[];
  /** Why the body could not be read at all. */
  readonly error?: string;
}

export const metaNames = [
  'form_id',
  'variant',
  'session_id',
  'submission',
  'step_id',
  'answers',
  'submitted_at',
  'idempotency_key',
  'suspected_bot',
  'bot_signals',
];

const own = (object: object, key: string): unknown =>
  Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const failed = (error: string): RawBody => ({
  meta: () => undefined,
  answer: () => undefined,
  answerKeys: [],
  extraKeys: [],
  error,
});

const fromJson = (body: Record<string, unknown>): RawBody => {
  const answers = own(body, 'answers') ?? {};
  if (!isRecord(answers)) return failed('"answers" must be an object of answers by field name');
  return {
    meta: (name) => own(body, name),
    answer: (field) => own(answers, field.name),
    answerKeys: Object.keys(answers),
    extraKeys: Object.keys(body).filter((key) => !metaNames.includes(key)),
  };
};

const yes = ['true', 'on', '1'];
const no = ['false', 'off', '0', ''];
/** A form field holds text: `true`/`on`/`1` is a tick, `false`/`off`/`0`/empty is none. */
const tick = (values: string[]): unknown => {
  const [one] = values;
  if (values.length !== 1 || one === undefined) return values;
  return yes.includes(one) ? true : no.includes(one) ? false : one;
};

/**
 * Form fields are all text; each field type reads its own back. A server-only table, so
 * the script tag pays nothing for it: a value that does not fit is left as text, and
 * the field's own rule then refuses it.
 */
const fromText: Partial<Record<FieldTypeName, (values: string[], field: Field) => unknown>> = {
  number: (values) => {
    const n = values.length === 1 && values[0]?.trim() ? Number(values[0]) : Number.NaN;
    return Number.isFinite(n) ? n : values.length === 1 ? values[0] : values;
  },
  consent: tick,
  checkbox: (values, field) => (field.options.length ? values : tick(values)),
};

const fromForm = (params: URLSearchParams): RawBody => {
  const keys = [...new Set(params.keys())];
  return {
    meta: (name) => {
      const values = params.getAll(`_${name}`);
      if (name === 'bot_signals') return values.length ? values : undefined;
      if (name === 'suspected_bot') return values.length ? tick(values) : undefined;
      return values.length > 1 ? values : values[0];
    },
    answer: (field) => {
      const values = params.getAll(field.name);
      if (!values.length) return undefined;
      const read = fromText[field.type];
      return read ? read(values, field) : values.length === 1 ? values[0] : values;
    },
    answerKeys: keys.filter((key) => !key.startsWith('_')),
    extraKeys: keys.filter((key) => key.startsWith('_') && !metaNames.includes(key.slice(1))),
  };
};

/**
 * Reads a body as the widget sends it: a parsed JSON object, or the JSON text, or a
 * urlencoded form (`URLSearchParams` or its text; `submit.format: "form"`).
 */
export const readBody = (body: unknown): RawBody => {
  if (body instanceof URLSearchParams) return fromForm(body);
  if (typeof body === 'string') {
    if (!body.trimStart().startsWith('{')) return fromForm(new URLSearchParams(body));
    try {
      return readBody(JSON.parse(body));
    } catch {
      return failed('the body is not valid JSON');
    }
  }
  return isRecord(body) ? fromJson(body) : failed('the body must be a JSON object or a urlencoded form');
};
