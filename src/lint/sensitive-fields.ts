import type { Field, FieldTypeName } from '../schema/model';

/** What a field asks for that people think twice about giving, found in its name, label or autocomplete. */
const kinds: readonly { readonly ask: string; readonly words: RegExp; readonly autocomplete?: RegExp }[] = [
  { ask: 'a phone number', words: /\b(phone|telephone|mobile|cell|whatsapp)\b/, autocomplete: /\btel\b/ },
  {
    ask: 'an address',
    words: /\b(address|street|zip|zipcode|postal|postcode)\b/,
    autocomplete: /\b(street-address|address-line\d|postal-code)\b/,
  },
  {
    ask: 'a date of birth or age',
    words: /\b(birth|birthday|birthdate|dob|age)\b/,
    autocomplete: /\bbday\b/,
  },
  { ask: 'the company size', words: /\b(company size|employees|employee count|headcount|team size|staff)\b/ },
  { ask: 'a budget or income', words: /\b(budget|revenue|turnover|salary|income|spend)\b/ },
  {
    ask: 'an identity or card number',
    words: /\b(ssn|social security|passport|national id|iban|card number|credit card)\b/,
    autocomplete: /\bcc-/,
  },
];

/** Types that decide alone: an email is the lead itself, a hidden field is never seen, a tel field is a phone. */
const byType: Partial<Record<FieldTypeName, string | null>> = {
  email: null,
  hidden: null,
  tel: 'a phone number',
};

/** `companySize`, `company_size` → `company size`; an email or web address is no home address. */
const wordsOf = (name: string, label: string): string =>
  `${name.replace(/([a-z])([A-Z])/g, '$1 $2')} ${label}`
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\b(e ?mail|web|website|ip) address\b/g, '');

/**
 * What a sensitive field asks for ("a phone number", "an address"…), or `undefined`.
 * Sensitive: every `tel` field, every field marked `sensitive: true`, and a field whose name,
 * label or `autocomplete` speaks of a phone, an address (street, zip, postal code), a birth
 * date or age, the company size (employees, headcount), a budget (revenue, salary, income) or
 * an identity or card number. `email` and `hidden` fields never are: an email is the lead
 * itself, a hidden field is never seen.
 */
export const sensitiveAsk = (field: Field): string | undefined => {
  const decided = byType[field.type];
  if (decided !== undefined) return decided ?? undefined;
  const text = wordsOf(field.name, field.label);
  const token = field.autocomplete?.toLowerCase() ?? '';
  const found = kinds.find((kind) => kind.words.test(text) || kind.autocomplete?.test(token));
  return found?.ask ?? (field.sensitive ? 'something marked sensitive' : undefined);
};
