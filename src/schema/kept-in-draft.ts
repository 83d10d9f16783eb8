import { kindOf } from './kinds';
import type { AnswerMap, Field, Form, Value } from './model';

/**
 * Words that make a field a secret, matched against its name and `autocomplete` split into
 * words ("cardNumber", "card_number", "cc-number" → "card number", "cc number"): passwords,
 * PINs and one-time codes, card details, bank account numbers, national ids.
 */
const secret =
  / (password|passwd|passcode|passphrase|pwd|pin|otp|secret|cvc|cvv2?|csc|cc|iban|ssn|sin|nino) |card (number|num|no)|(account|routing) (number|num|no)|one time code|security code|social security|tax id/;

const words = (text = ''): string =>
  ` ${text
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .join(' ')} `;

/** Whether the field's name or `autocomplete` reads like a password, PIN, card detail, IBAN or national id. */
export const passwordLike = (field: Pick<Field, 'name' | 'autocomplete'>): boolean =>
  secret.test(words(field.name)) || secret.test(words(field.autocomplete));

/**
 * Whether a draft on the device may keep this field's answer: not when it is marked
 * `sensitive`, reads like a secret, or gets its value from the config or the page (`hidden`).
 */
export const keptInDraft = (field: Field): boolean =>
  !field.sensitive && !passwordLike(field) && !kindOf(field.type).initial;

const isValue = (value: unknown): value is Value =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/** The answers a draft may hold: fields of this form it may keep, values of an answer's shape. */
export const keptAnswers = (form: Form, answers: AnswerMap): AnswerMap => {
  const kept: Record<string, Value> = {};
  for (const step of form.steps)
    for (const field of step.fields) {
      const value = Object.hasOwn(answers, field.name) ? answers[field.name] : undefined;
      if (keptInDraft(field) && isValue(value)) kept[field.name] = value;
    }
  return kept;
};
