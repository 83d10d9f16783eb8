import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createLeadHandler, guide } from '../../examples/server/handler.mjs';
import type { ReceivedSubmission } from '../../src/server';

const file = (name: string) => {
  const path = fileURLToPath(new URL(`../../dist/${name}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`dist/${name} is missing: run \`npm run build\` first.`);
  return path;
};

test('yesladder/server bundles without Preact or any DOM global', async () => {
  const out = await build({
    entryPoints: [file('server.js')],
    bundle: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
  });
  const inputs = Object.keys(out.metafile.inputs);
  expect(inputs.some((input) => input.includes('node_modules/zod/'))).toBe(true);
  expect(inputs.filter((input) => /preact|floating-ui/.test(input))).toEqual([]);
  expect(out.outputFiles[0]?.text).not.toMatch(/\b(document|window|navigator|localStorage)\./);
});

test('yesladder/server runs in plain Node, ESM and CommonJS, with no DOM', () => {
  const body = JSON.stringify({
    form_id: 'g',
    variant: 'v',
    session_id: 's',
    submission: 'final',
    step_id: 'e',
    answers: { email: 'ada@example.com' },
  });
  const config = JSON.stringify({
    id: 'g',
    steps: [{ id: 'e', fields: [{ name: 'email', type: 'email' }] }],
  });
  const use = `const r = parseSubmission(${config}, ${JSON.stringify(body)}); if (!r.ok || typeof window !== 'undefined') process.exit(1); console.log(r.submission.answers.email);`;
  const esm = `import { parseSubmission } from ${JSON.stringify(file('server.js'))}; ${use}`;
  const cjs = `const { parseSubmission } = require(${JSON.stringify(file('server.cjs'))}); ${use}`;
  expect(execFileSync(process.execPath, ['--input-type=module', '-e', esm], { encoding: 'utf8' })).toBe(
    'ada@example.com\n',
  );
  expect(execFileSync(process.execPath, ['-e', cjs], { encoding: 'utf8' })).toBe('ada@example.com\n');
});

// The example endpoint, with the demo page's own config.
const saved: ReceivedSubmission[] = [];
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer(createLeadHandler({ save: (submission) => void saved.push(submission) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const good = {
  form_id: 'free-guide',
  variant: 'default',
  session_id: 'session-1',
  submission: 'final',
  step_id: 'about',
  answers: { email: 'ada@example.com', name: 'Ada', role: 'Freelancer' },
  submitted_at: '2026-01-01T00:00:00.000Z',
  idempotency_key: 'key-1',
};

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as { issues?: { path: string; code: string }[] },
  };
};
const refusals = async (body: unknown) => {
  const { status, json } = await post(body);
  expect(status).toBe(422);
  return json.issues?.map(({ path, code }) => `${path} ${code}`);
};

test('the example endpoint uses the demo page’s config', () => {
  expect(guide.id).toBe('free-guide');
  expect(guide.steps.map((step) => step.id)).toEqual(['start', 'email', 'about', 'thanks']);
});

test('the example endpoint refuses tampered bodies, each with a clear issue list, and stores none', async () => {
  const { email: _, ...noEmail } = good.answers;
  expect(await refusals({ ...good, answers: noEmail })).toEqual(['answers.email required']);
  expect(await refusals({ ...good, answers: { ...good.answers, email: ['a@b.co'], role: 7 } })).toEqual([
    'answers.email invalid',
    'answers.role invalid_option',
  ]);
  expect(await refusals({ ...good, form_id: 'another-form' })).toEqual(['form_id wrong_form']);
  expect(await refusals({ ...good, step_id: 'thanks' })).toEqual(['step_id not_on_path']);
  expect(await refusals('{"form_id": "free-guide",')).toEqual([' invalid_body']);
  expect(saved).toEqual([]);
});

test('the example endpoint strips extra keys and a __proto__ payload, and pollutes nothing', async () => {
  const text = JSON.stringify({
    ...good,
    idempotency_key: 'key-proto',
    is_admin: true,
    answers: { ...good.answers, admin: true },
  }).replace('"answers":{', '"answers":{"__proto__":{"polluted":true},');
  expect((await post(text)).status).toBe(200);
  const last = saved.at(-1);
  expect(last?.answers).toEqual(good.answers);
  expect(last?.ignored).toEqual(['is_admin', 'answers.__proto__', 'answers.admin']);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('the example endpoint keeps a filled honeypot’s submission, flagged, for the owner to judge', async () => {
  const { status } = await post({
    ...good,
    idempotency_key: 'key-bot',
    suspected_bot: true,
    bot_signals: ['honeypot'],
  });
  expect(status).toBe(200);
  expect(saved.at(-1)).toMatchObject({ suspectedBot: true, botSignals: ['honeypot'] });
});

test('the example endpoint accepts a good body once: the same key again is a duplicate', async () => {
  saved.length = 0;
  const first = await post(good, { 'idempotency-key': 'key-once' });
  const again = await post(good, { 'idempotency-key': 'key-once' });
  expect([first.status, first.json]).toEqual([200, { ok: true, duplicate: false }]);
  expect([again.status, again.json]).toEqual([200, { ok: true, duplicate: true }]);
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ kind: 'final', idempotencyKey: 'key-once', answers: good.answers });
});

test('the example endpoint reads the urlencoded form too', async () => {
  const form = new URLSearchParams({ email: 'b@c.de', role: 'Business owner', _form_id: 'free-guide' });
  for (const [k, v] of Object.entries({
    variant: 'default',
    session_id: 's',
    submission: 'final',
    step_id: 'about',
    idempotency_key: 'key-form',
  }))
    form.append(`_${k}`, v);
  const response = await fetch(url, { method: 'POST', body: form });
  expect(response.status).toBe(200);
  expect(saved.at(-1)?.answers).toEqual({ email: 'b@c.de', role: 'Business owner' });
});
