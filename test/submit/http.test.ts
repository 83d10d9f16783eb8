import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { postOnce } from '../../src/submit/http';
import { SubmitError } from '../../src/submit/types';
import { type WireBody, wireBody } from '../../src/submit/wire-body';

let server: Server | undefined;

const stop = async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
};

afterEach(stop);

interface Received {
  method?: string;
  contentType?: string;
  key?: string;
  custom?: string;
  body: string;
}

/** Starts a server on 127.0.0.1 that answers with `reply`; returns its url and what it received. */
const serve = async (reply: (res: ServerResponse) => void) => {
  const received: Received[] = [];
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({
        method: req.method,
        contentType: req.headers['content-type'],
        key: req.headers['idempotency-key'] as string | undefined,
        custom: req.headers['x-key'] as string | undefined,
        body,
      });
      reply(res);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/leads`, received };
};

const body: WireBody = wireBody(
  {
    formId: 'free-guide',
    variant: 'default',
    sessionId: 's1',
    submission: 'final',
    stepId: 'about',
    answers: { email: 'ada@example.com', topics: ['seo', 'copy'] },
  },
  'key-1',
  Date.UTC(2026, 0, 2),
);

const failure = async (promise: Promise<unknown>): Promise<SubmitError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SubmitError);
  return error as SubmitError;
};

test('posts the body as JSON with its idempotency key as a header, and resolves on 201', async () => {
  const { url, received } = await serve((res) => res.writeHead(201).end());
  await postOnce(url, body, { headers: { 'x-key': 'k1' } });
  expect(received).toEqual([
    {
      method: 'POST',
      contentType: 'application/json',
      key: 'key-1',
      custom: 'k1',
      body: JSON.stringify(body),
    },
  ]);
  expect(JSON.parse(received[0]?.body ?? '').idempotency_key).toBe('key-1');
});

test('posts a urlencoded form with format "form", answers by name and the rest under _names', async () => {
  const { url, received } = await serve((res) => res.writeHead(200).end());
  await postOnce(url, body, { format: 'form' });
  expect(received[0]?.contentType).toBe('application/x-www-form-urlencoded');
  // Outside a page there is no CORS to avoid: the header goes too.
  expect(received[0]?.key).toBe('key-1');
  const fields = new URLSearchParams(received[0]?.body);
  expect(fields.get('email')).toBe('ada@example.com');
  expect(fields.getAll('topics')).toEqual(['seo', 'copy']);
  expect(fields.get('_idempotency_key')).toBe('key-1');
  expect(fields.get('_form_id')).toBe('free-guide');
});

test('rejects a 400 with the server message for the person', async () => {
  const { url } = await serve((res) =>
    res
      .writeHead(400, { 'content-type': 'application/json' })
      .end(JSON.stringify({ message: 'That email is taken.' })),
  );
  const error = await failure(postOnce(url, body));
  expect(error.reason).toBe('http_400');
  expect(error.userMessage).toBe('That email is taken.');
});

test('reads the error field of a 4xx body when there is no message', async () => {
  const { url } = await serve((res) =>
    res.writeHead(422).end(JSON.stringify({ error: 'Email looks wrong.' })),
  );
  expect((await failure(postOnce(url, body))).userMessage).toBe('Email looks wrong.');
});

test('rejects a 503 with no words for the person, and its Retry-After in ms', async () => {
  const { url } = await serve((res) =>
    res.writeHead(503, { 'retry-after': '7' }).end(JSON.stringify({ message: 'db down at node 7' })),
  );
  const error = await failure(postOnce(url, body));
  expect(error.reason).toBe('http_503');
  expect(error.userMessage).toBeUndefined();
  expect(error.retryAfter).toBe(7000);
});

test('reads a Retry-After date against the injected clock', async () => {
  const { url } = await serve((res) =>
    res.writeHead(429, { 'retry-after': 'Fri, 02 Jan 2026 00:00:05 GMT' }).end(),
  );
  const error = await failure(postOnce(url, body, { now: () => Date.UTC(2026, 0, 2) }));
  expect(error.reason).toBe('http_429');
  expect(error.retryAfter).toBe(5000);
});

test('rejects with timeout when the server hangs past timeoutMs', async () => {
  const { url } = await serve(() => {});
  const error = await failure(postOnce(url, body, { timeoutMs: 50 }));
  expect(error.reason).toBe('timeout');
});

test('rejects with network when nothing listens at the url', async () => {
  const { url } = await serve((res) => res.end());
  await stop();
  expect((await failure(postOnce(url, body))).reason).toBe('network');
});
