import { fieldTypePoints } from '../friction-score';
import type { FieldFacts } from '../lint-context';
import type { LintRule } from '../lint-rule';

/** A first question that is small: one pick or one typed word, nothing personal. */
const small = ({ field, sensitive }: FieldFacts): boolean => !sensitive && fieldTypePoints[field.type] <= 2;

/**
 * `first-ask-too-big` (error): the first step is no small yes. A ladder opens with one click
 * (a `cta` step, or a `choice` step answered by a click) or one small field (an email, a name,
 * a pick); consent boxes and hidden fields are not counted. More than one question, or one
 * that is long (`textarea`) or personal (a phone…), and the person has to decide on everything
 * before saying any yes: the method's first rule, so an error.
 */
export const firstAskTooBig: LintRule = {
  id: 'first-ask-too-big',
  severity: 'error',
  check({ steps }) {
    const first = steps[0];
    if (!first || first.traits.smallYes) return [];
    const { questions } = first;
    const [only] = questions;
    if (questions.length === 0 || (questions.length === 1 && only && small(only))) return [];
    const message =
      questions.length > 1
        ? `The first ${first.name} asks ${questions.length} questions at once (${questions
            .map((q) => q.field.name)
            .join(', ')}): there is no small yes to start with.`
        : `The first ${first.name} opens with ${only?.sensitive ?? `a ${only?.field.type} field`} ("${only?.field.name}"), not a small yes.`;
    return [
      {
        path: first.path,
        message,
        hint: 'Open with a cta step (one click) or a step asking only for the email, and move the rest to later steps.',
      },
    ];
  },
};
