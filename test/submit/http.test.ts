import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { postJson } from '../../src/submit/http';
import { SubmitError } from '../../src/submit/types';

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

const failure = async (promise: Promise<unknown>): Promise<SubmitError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SubmitError);
  return error as SubmitError;
};

test('posts the body as JSON and resolves on 201', async () => {
  const { url, received } = await serve((res) => res.writeHead(201).end());
  await postJson(url, { email: 'ada@example.com' }, { headers: { 'x-key': 'k1' } });
  expect(received).toEqual([
    { method: 'POST', contentType: 'application/json', custom: 'k1', body: '{"email":"ada@example.com"}' },
  ]);
});

test('rejects a 400 with the server message for the person', async () => {
  const { url } = await serve((res) =>
    res
      .writeHead(400, { 'content-type': 'application/json' })
      .end(JSON.stringify({ message: 'That email is taken.' })),
  );
  const error = await failure(postJson(url, {}));
  expect(error.reason).toBe('http_400');
  expect(error.userMessage).toBe('That email is taken.');
});

test('reads the error field of a 4xx body when there is no message', async () => {
  const { url } = await serve((res) =>
    res.writeHead(422).end(JSON.stringify({ error: 'Email looks wrong.' })),
  );
  expect((await failure(postJson(url, {}))).userMessage).toBe('Email looks wrong.');
});

test('rejects a 503 with no words for the person', async () => {
  const { url } = await serve((res) =>
    res.writeHead(503).end(JSON.stringify({ message: 'db down at node 7' })),
  );
  const error = await failure(postJson(url, {}));
  expect(error.reason).toBe('http_503');
  expect(error.userMessage).toBeUndefined();
});

test('rejects with timeout when the server hangs past timeoutMs', async () => {
  const { url } = await serve(() => {});
  const error = await failure(postJson(url, {}, { timeoutMs: 50 }));
  expect(error.reason).toBe('timeout');
});

test('rejects with network when nothing listens at the url', async () => {
  const { url } = await serve((res) => res.end());
  await stop();
  expect((await failure(postJson(url, {}))).reason).toBe('network');
});
