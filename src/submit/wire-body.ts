import type { Submission } from './types';

/** How `submit.url` receives a submission: a JSON body, or a urlencoded form. */
export type SubmitFormat = 'json' | 'form';

/** A submission as it goes over the wire, in JSON. */
export interface WireBody {
  readonly form_id: string;
  readonly variant: string;
  readonly session_id: string;
  readonly submission: 'lead' | 'final';
  readonly step_id: string;
  readonly answers: Submission['answers'];
  readonly submitted_at: string;
  readonly idempotency_key: string;
  readonly suspected_bot?: true;
  readonly bot_signals?: readonly string[];
}

/** The body for one submission: the same `key` for every attempt of it. */
export const wireBody = (submission: Submission, key: string, at: number): WireBody => {
  const bot = submission.bot ?? [];
  return {
    form_id: submission.formId,
    variant: submission.variant,
    session_id: submission.sessionId,
    submission: submission.submission,
    step_id: submission.stepId,
    answers: submission.answers,
    submitted_at: new Date(at).toISOString(),
    idempotency_key: key,
    ...(bot.length ? { suspected_bot: true, bot_signals: bot } : {}),
  };
};

/**
 * The body as form fields: each answer under its own name (a list as repeated keys), the
 * rest under `_`-prefixed names, which no field name can take (names start with a letter).
 */
export const formFields = (body: WireBody): URLSearchParams => {
  const fields = new URLSearchParams();
  const add = (name: string, value: unknown) => {
    for (const one of Array.isArray(value) ? value : [value])
      if (one !== undefined) fields.append(name, String(one));
  };
  for (const [name, value] of Object.entries(body.answers)) add(name, value);
  for (const [name, value] of Object.entries(body)) if (name !== 'answers') add(`_${name}`, value);
  return fields;
};

/** The request body and its content type, as `format` asks. */
export const encodeBody = (body: WireBody, format: SubmitFormat): [string, string] =>
  format === 'form'
    ? [formFields(body).toString(), 'application/x-www-form-urlencoded']
    : [JSON.stringify(body), 'application/json'];
