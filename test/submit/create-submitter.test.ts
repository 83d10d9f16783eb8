import { expect, test, vi } from 'vitest';
import { createSubmitter, type SubmitterOptions } from '../../src/submit/create-submitter';
import { createOutbox, type OutboxEntry } from '../../src/submit/outbox';
import { type Submission, SubmitError } from '../../src/submit/types';

const lead: Submission = {
  formId: 'free-guide',
  variant: 'b',
  sessionId: 's1',
  submission: 'lead',
  stepId: 'email',
  answers: { email: 'ada@example.com' },
};
const final: Submission = {
  ...lead,
  submission: 'final',
  stepId: 'about',
  answers: { email: 'ada@example.com', name: 'Ada' },
};

type Call = [string | URL | Request, RequestInit | undefined];

/** A fetch answering each call with the next status (the last one repeats); 0 is a network error. */
const fetchWith = (...statuses: number[]) => {
  const calls: Call[] = [];
  const fetch = vi.fn((url: string | URL | Request, init?: RequestInit) => {
    calls.push([url, init]);
    const status = statuses.length > 1 ? (statuses.shift() as number) : (statuses[0] as number);
    if (status === 0) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(new Response(status === 204 ? null : '{}', { status }));
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
};
const bodyOf = (call: Call | undefined) => JSON.parse(String(call?.[1]?.body));
const headersOf = (call: Call | undefined) => call?.[1]?.headers as Record<string, string>;

/** A submitter with a memory outbox, instant waits, a fixed clock and numbered keys. */
const make = (options: Partial<SubmitterOptions> = {}) => {
  let n = 0;
  const outbox = createOutbox(undefined, () => Date.UTC(2026, 0, 2));
  const submitter = createSubmitter({
    formId: 'free-guide',
    url: '/api/leads',
    outbox,
    now: () => Date.UTC(2026, 0, 2),
    sleep: async () => {},
    random: () => 0.5,
    newKey: () => `key-${++n}`,
    ...options,
  });
  return { submitter, outbox };
};

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => (e instanceof SubmitError ? e.reason : 'not a SubmitError'),
  );

test('calls onSubmit with the answers and what kind of submission it is', async () => {
  const onSubmit = vi.fn();
  await createSubmitter({ onSubmit }).send(lead);
  expect(onSubmit).toHaveBeenCalledWith(
    { email: 'ada@example.com' },
    { submission: 'lead', formId: 'free-guide', variant: 'b', sessionId: 's1', stepId: 'email' },
  );
});

test('waits for the promise onSubmit returns', async () => {
  let done = false;
  await createSubmitter({
    onSubmit: () => new Promise((r) => setTimeout(r, 5)).then(() => (done = true)),
  }).send(lead);
  expect(done).toBe(true);
});

test('fails with reason callback when onSubmit throws or rejects', async () => {
  const throwing = createSubmitter({
    onSubmit: () => {
      throw new Error('secret internals');
    },
  });
  const rejecting = createSubmitter({ onSubmit: () => Promise.reject(new Error('nope')) });
  const error = await throwing.send(lead).catch((e: SubmitError) => e);
  expect((error as SubmitError).reason).toBe('callback');
  expect((error as SubmitError).userMessage).toBeUndefined();
  expect(await reasonOf(rejecting.send(lead))).toBe('callback');
});

test('passes on a SubmitError thrown by onSubmit with its words', async () => {
  const submit = createSubmitter({
    onSubmit: () => {
      throw new SubmitError('callback', 'We are closed today.');
    },
  });
  const error = (await submit.send(lead).catch((e: unknown) => e)) as SubmitError;
  expect(error.userMessage).toBe('We are closed today.');
});

test('posts the submission to url in the wire format, its key in a header and in the body', async () => {
  const { fetch, calls } = fetchWith(201);
  const { submitter } = make({ headers: { 'x-key': 'k' }, fetch });
  await submitter.send(lead);
  const [url, init] = calls[0] ?? [];
  expect(url).toBe('/api/leads');
  expect(init?.method).toBe('POST');
  expect(init?.headers).toEqual({
    'content-type': 'application/json',
    'x-key': 'k',
    'idempotency-key': 'key-1',
  });
  expect(bodyOf(calls[0])).toEqual({
    form_id: 'free-guide',
    variant: 'b',
    session_id: 's1',
    submission: 'lead',
    step_id: 'email',
    answers: { email: 'ada@example.com' },
    submitted_at: '2026-01-02T00:00:00.000Z',
    idempotency_key: 'key-1',
  });
});

test('resolves without doing anything when neither onSubmit nor url is set', async () => {
  await expect(createSubmitter({}).send(lead)).resolves.toBeUndefined();
});

test('with both set, calls onSubmit and posts', async () => {
  const onSubmit = vi.fn();
  const { fetch } = fetchWith(201);
  await make({ onSubmit, fetch }).submitter.send(final);
  expect(onSubmit).toHaveBeenCalledTimes(1);
  expect(fetch).toHaveBeenCalledTimes(1);
});

test('with both set, fails when the post fails even though onSubmit succeeded', async () => {
  const { fetch } = fetchWith(503);
  expect(await reasonOf(make({ onSubmit: () => {}, fetch, retries: 0 }).submitter.send(lead))).toBe(
    'http_503',
  );
});

test('with both set, does not post when onSubmit fails, and keeps nothing', async () => {
  const { fetch } = fetchWith(201);
  const { submitter, outbox } = make({ onSubmit: () => Promise.reject(new Error('x')), fetch });
  expect(await reasonOf(submitter.send(lead))).toBe('callback');
  expect(fetch).not.toHaveBeenCalled();
  expect(outbox.list()).toEqual([]);
});

test('every attempt of a submission, and its Try again, carries the same key', async () => {
  const { fetch, calls } = fetchWith(0, 503, 408, 429, 502, 201);
  const { submitter } = make({ fetch, retries: 3 });
  expect(await reasonOf(submitter.send(final))).toBe('http_429');
  // The person presses Try again: a new send of the final answers.
  await submitter.send(final);
  expect(calls).toHaveLength(6);
  expect(calls.map((c) => headersOf(c)['idempotency-key'])).toEqual(Array(6).fill('key-1'));
  expect(calls.map((c) => bodyOf(c).idempotency_key)).toEqual(Array(6).fill('key-1'));
});

test('the lead and the final submission have keys of their own', async () => {
  const { fetch, calls } = fetchWith(201);
  const { submitter } = make({ fetch });
  await submitter.send(lead);
  await submitter.send(final);
  expect(calls.map((c) => bodyOf(c).idempotency_key)).toEqual(['key-1', 'key-2']);
});

test('a lead sent again with other answers is a new lead with a key of its own; the same answers keep theirs', async () => {
  const { fetch, calls } = fetchWith(201);
  const { submitter } = make({ fetch });
  await submitter.send(lead);
  await submitter.send(lead);
  await submitter.send({ ...lead, answers: { email: 'grace@example.com' } });
  // The final submission keeps one key, whatever was edited before a Try again.
  await submitter.send(final);
  await submitter.send({ ...final, answers: { ...final.answers, name: 'Ada L.' } });
  expect(calls.map((c) => [bodyOf(c).idempotency_key, bodyOf(c).answers.email])).toEqual([
    ['key-1', 'ada@example.com'],
    ['key-1', 'ada@example.com'],
    ['key-2', 'grace@example.com'],
    ['key-3', 'ada@example.com'],
    ['key-3', 'ada@example.com'],
  ]);
});

test('writes the submission to the outbox before the first attempt, and removes it once it arrived', async () => {
  const { outbox } = make();
  let seen: OutboxEntry[] = [];
  const { submitter } = make({
    outbox,
    fetch: (async () => {
      seen = outbox.list();
      return new Response(null, { status: 201 });
    }) as typeof fetch,
  });
  await submitter.send(lead);
  expect(seen.map((e) => [e.key, e.url, e.body.answers])).toEqual([
    ['key-1', '/api/leads', { email: 'ada@example.com' }],
  ]);
  expect(outbox.list()).toEqual([]);
});

test('a refusal (4xx) is final: not retried, not kept, the server words for the person', async () => {
  const fetch = vi.fn(
    async () => new Response(JSON.stringify({ message: 'That email is taken.' }), { status: 409 }),
  );
  const { submitter, outbox } = make({ fetch: fetch as unknown as typeof globalThis.fetch });
  const error = (await submitter.send(final).catch((e: unknown) => e)) as SubmitError;
  expect(error.userMessage).toBe('That email is taken.');
  expect(error.saved).toBeFalsy();
  expect(fetch).toHaveBeenCalledTimes(1);
  expect(outbox.list()).toEqual([]);
});

test('a submission that could not be delivered stays in the outbox, and the error says it is saved', async () => {
  const { fetch } = fetchWith(0);
  const storage = new Map<string, string>();
  const outbox = createOutbox(
    {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    },
    () => Date.UTC(2026, 0, 2),
  );
  const { submitter } = make({ fetch, outbox, retries: 2 });
  const error = (await submitter.send(final).catch((e: unknown) => e)) as SubmitError;
  expect(error.reason).toBe('network');
  expect(error.saved).toBe(true);
  expect(fetch).toHaveBeenCalledTimes(3);
  expect(outbox.list().map((e) => e.key)).toEqual(['key-1']);
});

test('kept in memory only, the submission is not said to be saved on the device', async () => {
  const { fetch } = fetchWith(0);
  const error = (await make({ fetch, retries: 0 })
    .submitter.send(final)
    .catch((e: unknown) => e)) as SubmitError;
  expect(error.saved).toBe(false);
});

test('resend sends what an earlier visit left, oldest first, with its own key, then forgets it', async () => {
  const down = fetchWith(0);
  const { submitter: earlier, outbox } = make({ fetch: down.fetch, retries: 0 });
  await earlier.send(lead).catch(() => {});
  await earlier.send(final).catch(() => {});
  const up = fetchWith(201);
  const { submitter } = make({ fetch: up.fetch, outbox, newKey: () => 'fresh' });
  await submitter.resend();
  expect(up.calls.map((c) => [bodyOf(c).submission, headersOf(c)['idempotency-key']])).toEqual([
    ['lead', 'key-1'],
    ['final', 'key-2'],
  ]);
  expect(outbox.list()).toEqual([]);
});

test('resend leaves other forms and other urls alone', async () => {
  const down = fetchWith(0);
  const { outbox } = make();
  await make({ fetch: down.fetch, outbox, retries: 0, formId: 'other', newKey: () => 'other-key' })
    .submitter.send({ ...lead, formId: 'other' })
    .catch(() => {});
  await make({ fetch: down.fetch, outbox, retries: 0, url: '/elsewhere' })
    .submitter.send(lead)
    .catch(() => {});
  const up = fetchWith(201);
  await make({ fetch: up.fetch, outbox }).submitter.resend();
  expect(up.calls).toEqual([]);
  expect(outbox.list()).toHaveLength(2);
});

test('resend stops at the first entry that still cannot go, and drops one the server refuses', async () => {
  const down = fetchWith(0);
  const { submitter: earlier, outbox } = make({ fetch: down.fetch, retries: 0 });
  await earlier.send(lead).catch(() => {});
  await earlier.send(final).catch(() => {});
  const refused = fetchWith(400, 0);
  await make({ fetch: refused.fetch, outbox, retries: 0 }).submitter.resend();
  expect(refused.calls.map((c) => bodyOf(c).submission)).toEqual(['lead', 'final']);
  expect(outbox.list().map((e) => e.body.submission)).toEqual(['final']);
  const stillDown = fetchWith(0);
  await make({ fetch: stillDown.fetch, outbox, retries: 0 }).submitter.resend();
  expect(outbox.list()).toHaveLength(1);
});

test('resend does not send twice what is on its way', async () => {
  let release = () => {};
  const calls: unknown[] = [];
  const fetch = vi.fn((_url: unknown, init?: RequestInit) => {
    calls.push(init?.body);
    return new Promise<Response>((resolve) => {
      release = () => resolve(new Response(null, { status: 201 }));
    });
  });
  const { submitter } = make({ fetch: fetch as unknown as typeof globalThis.fetch });
  const sending = submitter.send(lead);
  await submitter.resend();
  expect(calls).toHaveLength(1);
  release();
  await sending;
});

test('leave sends every entry still owed by beacon, as text/plain JSON with its key, and keeps it', async () => {
  const beacon = vi.fn((_url: string, _body: string | URLSearchParams) => true);
  const { submitter, outbox } = make({ fetch: fetchWith(0).fetch, retries: 0, beacon });
  await submitter.send(lead).catch(() => {});
  submitter.leave();
  expect(beacon).toHaveBeenCalledTimes(1);
  const [url, body] = beacon.mock.calls[0] ?? [];
  expect(url).toBe('/api/leads');
  // A string: sendBeacon sends it as text/plain, a simple request with no CORS preflight.
  expect(typeof body).toBe('string');
  expect(JSON.parse(String(body))).toMatchObject({ submission: 'lead', idempotency_key: 'key-1' });
  expect(outbox.list()).toHaveLength(1);
});

test('leave sends an entry still in flight too', async () => {
  const beacon = vi.fn(() => true);
  const { submitter } = make({ fetch: (() => new Promise(() => {})) as typeof fetch, beacon });
  void submitter.send(lead);
  submitter.leave();
  expect(beacon).toHaveBeenCalledTimes(1);
});

test('leave sends a form entry as form fields', async () => {
  const beacon = vi.fn((_url: string, _body: string | URLSearchParams) => true);
  const { submitter } = make({ fetch: fetchWith(0).fetch, retries: 0, beacon, format: 'form' });
  await submitter.send(lead).catch(() => {});
  submitter.leave();
  const body = beacon.mock.calls[0]?.[1];
  expect(body).toBeInstanceOf(URLSearchParams);
  expect((body as URLSearchParams).get('_idempotency_key')).toBe('key-1');
});

test('a refused beacon falls back to a keepalive fetch, and the entry stays for the next load', async () => {
  const { fetch: down } = fetchWith(0);
  const { submitter, outbox } = make({ fetch: down, retries: 0, beacon: () => false });
  await submitter.send(lead).catch(() => {});
  const { fetch: after, calls } = fetchWith(0);
  const { submitter: closing } = make({ fetch: after, outbox, beacon: () => false });
  closing.leave();
  expect(calls).toHaveLength(1);
  expect(calls[0]?.[1]).toMatchObject({ method: 'POST', keepalive: true });
  expect(JSON.parse(String(calls[0]?.[1]?.body)).idempotency_key).toBe('key-1');
  await new Promise((r) => setTimeout(r, 0));
  expect(outbox.list()).toHaveLength(1);
});

test('leave with nothing owed sends nothing', () => {
  const beacon = vi.fn(() => true);
  make({ beacon }).submitter.leave();
  createSubmitter({ beacon }).leave();
  expect(beacon).not.toHaveBeenCalled();
});
