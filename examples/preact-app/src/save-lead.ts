import type { SubmitMeta } from 'yesladder';

/** Posts a submission to the app's own backend; a failure throws, so the form offers a retry. */
export async function saveLead(answers: object, meta: SubmitMeta): Promise<void> {
  const response = await fetch('/api/leads', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      form_id: meta.formId,
      session_id: meta.sessionId,
      submission: meta.submission,
      step_id: meta.stepId,
      answers,
    }),
  });
  if (!response.ok) throw new Error(`The server answered ${response.status}`);
}
