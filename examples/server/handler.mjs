// An endpoint for the demo's form, in plain Node: `node examples/server/handler.mjs` (after
// `npm run build`), then POST submissions to http://127.0.0.1:8787/. It checks each one with
// `yesladder/server` against the very config the demo page mounts, so the rules the person
// saw are the rules the server keeps, and it stores each submission once.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
// In your app: import { createDeduper, memoryStore, parseSubmission } from 'yesladder/server';
import { createDeduper, memoryStore, parseSubmission } from '../../dist/server.js';

/** The demo's config, read from the page itself: one schema on both sides. */
const page = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
export const guide = JSON.parse(
  /<script type="application\/json" id="guide-config">([\s\S]*?)<\/script>/.exec(page)[1],
);

/** Reads at most `limit` bytes of the request body as text, or null when it is longer. */
const readText = async (request, limit) => {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const reply = (response, status, body) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

/**
 * The request handler. `save` receives each new, valid submission (suspected bots too,
 * flagged: decide later what to do with them); `dedupe` remembers the idempotency keys.
 */
export const createLeadHandler =
  ({ config = guide, save = () => {}, dedupe = createDeduper(memoryStore()), limit = 64 * 1024 } = {}) =>
  async (request, response) => {
    if (request.method !== 'POST') return reply(response, 405, { message: 'POST a submission here.' });
    const text = await readText(request, limit);
    if (text === null) return reply(response, 413, { message: 'This submission is too large.' });
    // JSON (fetch), JSON as text/plain (a beacon sent as the page closed) or a urlencoded form:
    // parseSubmission reads each, and never trusts what it reads.
    const result = parseSubmission(config, text, { idempotencyKey: request.headers['idempotency-key'] });
    if (!result.ok) {
      return reply(response, 422, {
        message: 'Please check your answers and try again.',
        issues: result.issues,
      });
    }
    const { submission } = result;
    const key = submission.idempotencyKey;
    if (key && !(await dedupe.claim(key))) return reply(response, 200, { ok: true, duplicate: true });
    try {
      await save(submission);
    } catch (error) {
      if (key) await dedupe.release(key);
      console.error('could not save a submission:', error);
      return reply(response, 503, { message: 'We could not save your answers. Please try again.' });
    }
    return reply(response, 200, { ok: true, duplicate: false });
  };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8787);
  const server = createServer(
    createLeadHandler({ save: (s) => console.log(s.kind, s.answers, s.botSignals) }),
  );
  server.listen(port, '127.0.0.1', () =>
    console.log(`listening on http://127.0.0.1:${server.address().port}/`),
  );
}
