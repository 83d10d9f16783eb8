import { expect, test, vi } from 'vitest';
import { createSubmitter } from '../../src/submit/create-submitter';
import { type Submission, SubmitError } from '../../src/submit/types';

const lead: Submission = {
  formId: 'free-guide',
  variant: 'b',
  sessionId: 's1',
  submission: 'lead',
  stepId: 'email',
  answers: { email: 'ada@example.com' },
};

const okFetch = () =>
  vi.fn((_url: string | URL | Request, _init?: RequestInit) =>
    Promise.resolve(new Response(null, { status: 201 })),
  );

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => (e instanceof SubmitError ? e.reason : 'not a SubmitError'),
  );

test('calls onSubmit with the answers and what kind of submission it is', async () => {
  const onSubmit = vi.fn();
  await createSubmitter({ onSubmit })(lead);
  expect(onSubmit).toHaveBeenCalledWith(
    { email: 'ada@example.com' },
    { submission: 'lead', formId: 'free-guide', variant: 'b', sessionId: 's1', stepId: 'email' },
  );
});

test('waits for the promise onSubmit returns', async () => {
  let done = false;
  await createSubmitter({ onSubmit: () => new Promise((r) => setTimeout(r, 5)).then(() => (done = true)) })(
    lead,
  );
  expect(done).toBe(true);
});

test('fails with reason callback when onSubmit throws or rejects', async () => {
  const throwing = createSubmitter({
    onSubmit: () => {
      throw new Error('secret internals');
    },
  });
  const rejecting = createSubmitter({ onSubmit: () => Promise.reject(new Error('nope')) });
  const error = await throwing(lead).catch((e: SubmitError) => e);
  expect((error as SubmitError).reason).toBe('callback');
  expect((error as SubmitError).userMessage).toBeUndefined();
  expect(await reasonOf(rejecting(lead))).toBe('callback');
});

test('passes on a SubmitError thrown by onSubmit with its words', async () => {
  const submit = createSubmitter({
    onSubmit: () => {
      throw new SubmitError('callback', 'We are closed today.');
    },
  });
  const error = (await submit(lead).catch((e: unknown) => e)) as SubmitError;
  expect(error.userMessage).toBe('We are closed today.');
});

test('posts the submission to url in the wire format', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-01-02T03:04:05.000Z'));
  const fetch = okFetch();
  await createSubmitter({ url: '/api/leads', headers: { 'x-key': 'k' }, fetch })(lead);
  vi.useRealTimers();
  const [url, init] = fetch.mock.calls[0] ?? [];
  expect(url).toBe('/api/leads');
  expect(init?.headers).toEqual({ 'content-type': 'application/json', 'x-key': 'k' });
  expect(JSON.parse(String(init?.body))).toEqual({
    form_id: 'free-guide',
    variant: 'b',
    session_id: 's1',
    submission: 'lead',
    step_id: 'email',
    answers: { email: 'ada@example.com' },
    submitted_at: '2025-01-02T03:04:05.000Z',
  });
});

test('resolves without doing anything when neither onSubmit nor url is set', async () => {
  await expect(createSubmitter({})(lead)).resolves.toBeUndefined();
});

test('with both set, calls onSubmit and posts', async () => {
  const onSubmit = vi.fn();
  const fetch = okFetch();
  await createSubmitter({ url: '/api/leads', onSubmit, fetch })({ ...lead, submission: 'final' });
  expect(onSubmit).toHaveBeenCalledTimes(1);
  expect(fetch).toHaveBeenCalledTimes(1);
});

test('with both set, fails when the post fails even though onSubmit succeeded', async () => {
  const fetch = vi.fn(() => Promise.resolve(new Response('{}', { status: 503 })));
  expect(await reasonOf(createSubmitter({ url: '/api/leads', onSubmit: () => {}, fetch })(lead))).toBe(
    'http_503',
  );
});

test('with both set, does not post when onSubmit fails', async () => {
  const fetch = okFetch();
  const submit = createSubmitter({
    url: '/api/leads',
    onSubmit: () => Promise.reject(new Error('x')),
    fetch,
  });
  expect(await reasonOf(submit(lead))).toBe('callback');
  expect(fetch).not.toHaveBeenCalled();
});
