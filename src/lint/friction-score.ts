import type { Field, FieldTypeName } from '../schema/model';
import { sensitiveAsk } from './sensitive-fields';

/**
 * Friction points of one answer, by field type: what it costs a person to give it.
 *
 * | type                                  | points | why                                      |
 * | ------------------------------------- | -----: | ---------------------------------------- |
 * | `hidden`                              |      0 | never seen                               |
 * | `consent`, `checkbox`                 |      1 | one tick                                 |
 * | `choice` (`radio`), `select`          |      1 | one pick among given answers             |
 * | `email`, `text`, `number`, `tel`      |      2 | typed                                    |
 * | `textarea`                            |      4 | typed at length, and thought about first |
 *
 * A sensitive field (see `sensitiveAsk`: a phone, an address, a birth date, a budget…) costs
 * {@link SENSITIVE_POINTS} more: trust, not typing. An optional field costs half: it is read and
 * weighed, but may be skipped. A step's score is the sum of its fields'; a CTA scores 0 and a
 * `choice` step (one required pick) 1.
 */
export const fieldTypePoints: Readonly<Record<FieldTypeName, number>> = {
  hidden: 0,
  consent: 1,
  checkbox: 1,
  choice: 1,
  select: 1,
  email: 2,
  text: 2,
  number: 2,
  tel: 2,
  textarea: 4,
};

/** Extra points for a field that asks for something personal (a `tel` field scores 2 + 3 = 5). */
export const SENSITIVE_POINTS = 3;

/** The friction score of one field: its type's points, plus the sensitive extra, halved when optional. */
export const fieldFriction = (field: Field): number => {
  const points = fieldTypePoints[field.type] + (sensitiveAsk(field) ? SENSITIVE_POINTS : 0);
  return field.required ? points : points / 2;
};

/** The friction score of a step: the sum of its fields' scores. */
export const stepFriction = (fields: readonly Field[]): number =>
  fields.reduce((sum, field) => sum + fieldFriction(field), 0);
