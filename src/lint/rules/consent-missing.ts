import type { LintRule } from '../lint-rule';

/**
 * `consent-missing` (warning): an email is stored (sent by a `lead` step, or by the last step
 * before the end) with no `consent` field asked on or before that step, on some path. Whether
 * consent is needed depends on where the form runs and what the email is used for (sending the
 * requested guide may rest on the request itself; a newsletter needs opt-in consent in the EU),
 * and the linter cannot know, so a warning, not an error. A required consent box records
 * agreement to the privacy terms; an optional one is the lawful way to ask for marketing
 * (GDPR: consent may not be a condition of the service). Either shows it was decided.
 * Reported once, at the first step that sends an email.
 */
export const consentMissing: LintRule = {
  id: 'consent-missing',
  severity: 'warning',
  check({ steps, paths }) {
    const has = (i: number, type: string) =>
      steps[i]?.fields.some(({ field }) => field.type === type) === true;
    const email = paths.onSomePath((i) => has(i, 'email'));
    const consent = paths.onEveryPath((i) => has(i, 'consent'));
    const first = steps.find(
      (facts) => facts.reachable && facts.sends && email[facts.index] && !consent[facts.index],
    );
    if (!first) return [];
    return [
      {
        path: first.path,
        message: `An email is sent by ${first.name} (${first.step.lead ? 'the lead' : 'the answers'}) with no consent field asked on or before it.`,
        hint: 'Add { "name": "consent", "type": "consent", "label": "I agree to the privacy policy", "required": true } to that step, or confirm you need none where you operate.',
      },
    ];
  },
};
