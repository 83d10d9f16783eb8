import type { LintRule } from '../lint-rule';

/**
 * `lead-without-email` (error): a `lead: true` step sends a lead that may carry no email: no
 * required `email` field is asked on that step or before it, on some path to it. A lead the
 * owner cannot write back to is not a lead, so an error. (A phone-only callback form is
 * flagged too: mark its step `lead` only once an email is asked, or ignore the rule.)
 */
export const leadWithoutEmail: LintRule = {
  id: 'lead-without-email',
  severity: 'error',
  check({ steps, paths }) {
    const isEmail = (i: number, required: boolean) =>
      steps[i]?.fields.some(({ field }) => field.type === 'email' && (field.required || !required)) === true;
    const required = paths.onEveryPath((i) => isEmail(i, true));
    const any = paths.onSomePath((i) => isEmail(i, false));
    return steps
      .filter((facts) => facts.reachable && facts.step.lead && !required[facts.index])
      .map((facts) => ({
        path: facts.path,
        message: any[facts.index]
          ? `The lead ${facts.name} may be sent without an email: the email asked by then is optional (or skipped by a branch).`
          : `The lead ${facts.name} is sent with no email: none is asked on it or before it.`,
        hint: 'Ask a required email field on this step or before it, or remove "lead": true.',
      }));
  },
};
