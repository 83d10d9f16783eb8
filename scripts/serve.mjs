// The demo server: examples/ at /, the built files at /dist/, and a fake backend that keeps
// what the widget sends (leads, beacon events) so the page and the e2e tests can look at it.
// Under /capture/ it stands in for analytics vendors' APIs (PostHog, Segment), so the real
// SDKs can be pointed at it and what they send read back. With `eventsFile`, every beacon
// event is also appended to that JSON-lines file, and /report shows its funnel report live.
// Plain Node, no dependencies: `npm start` runs it after a build.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BODY_BYTES = 1024 * 1024;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** What a marketer's strict page would send: no inline script or style, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

/** Added with `trustedTypes: true`: no string reaches an HTML or script sink, and no policy may be made. */
export const TRUSTED_TYPES_POLICY = "require-trusted-types-for 'script'; trusted-types 'none'";

/**
 * Starts the demo server.
 * @param {object} [options]
 * @param {number} [options.port] @default 0 (any free port)
 * @param {string} [options.host] @default '127.0.0.1'
 * @param {string} [options.root] the repository root holding examples/ and dist/ @default this repo
 * @param {{ prefix: string, dir: string }[]} [options.static] more folders to serve, checked before
 *   examples/ (`prefix` starts and ends with `/`) @default []
 * @param {boolean | string} [options.trustedTypes] enforce Trusted Types on every page too: `true`
 *   allows no policy, a string names the policies a page may make @default false
 * @param {string} [options.eventsFile] append every beacon event to this JSON-lines file and
 *   serve its funnel report at /report @default none (events kept in memory only)
 * @returns {Promise<{ url: string, received: { leads: object[], events: object[], captures: object[], duplicates: Record<string, number>, leadRequests: object[], pageForms: object[] }, close(): Promise<void> }>}
 */
export async function startServer({
  port = 0,
  host = '127.0.0.1',
  root = REPO_ROOT,
  static: extra = [],
  trustedTypes = false,
  eventsFile,
} = {}) {
  // `true`: no policy may be made; a string: the policy names a page may make (space-separated).
  const csp = !trustedTypes
    ? CONTENT_SECURITY_POLICY
    : trustedTypes === true
      ? `${CONTENT_SECURITY_POLICY}; ${TRUSTED_TYPES_POLICY}`
      : `${CONTENT_SECURITY_POLICY}; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;
  const mounts = [
    { prefix: '/dist/', dir: resolve(root, 'dist') },
    ...extra.map(({ prefix, dir }) => ({ prefix, dir: resolve(dir) })),
    { prefix: '/', dir: resolve(root, 'examples') },
  ];
  const received = { leads: [], events: [], captures: [], duplicates: {}, leadRequests: [], pageForms: [] };
  const events = eventLog(eventsFile, root);

  const server = createServer((req, res) => {
    handle(req, res, { mounts, received, csp, events }).catch((error) => {
      console.error('yesladder demo server:', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.destroy();
    });
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;

  return {
    url,
    received,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

async function handle(req, res, { mounts, received, csp, events }) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');

  if (pathname.startsWith('/capture/')) return capture(req, res, received);

  if (pathname === '/api/leads') {
    if (req.method !== 'POST') return sendMethodNotAllowed(res, 'POST');
    const body = await readBody(req, res);
    if (body === undefined) return;
    const lead = parseLead(body, req.headers['content-type']);
    if (!lead) return sendJson(res, 400, { ok: false, error: 'expected a JSON or form body' });
    // As a real backend should: the same idempotency key twice is one submission.
    const key = req.headers['idempotency-key'] ?? lead.idempotency_key;
    received.leadRequests.push({ type: req.headers['content-type'] ?? '', key });
    if (typeof key === 'string' && received.leads.some((kept) => kept.idempotency_key === key)) {
      received.duplicates[key] = (received.duplicates[key] ?? 0) + 1;
      return sendJson(res, 200, { ok: true, duplicate: true });
    }
    received.leads.push(lead);
    return sendJson(res, 201, { ok: true });
  }

  // The attach demo's own form action: what a landing page's backend does without yesladder.
  if (pathname === '/subscribe') {
    if (req.method !== 'POST') return sendMethodNotAllowed(res, 'POST');
    const body = await readBody(req, res);
    if (body === undefined) return;
    received.pageForms.push(Object.fromEntries(new URLSearchParams(body)));
    return send(
      res,
      200,
      'text/html; charset=utf-8',
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Subscribed</title><link rel="icon" href="data:,"><main><h1>You are subscribed</h1><p>The page’s own form action handled this: yesladder did not run.</p></main></html>',
    );
  }

  if (pathname === '/api/events') {
    if (req.method !== 'POST') return sendMethodNotAllowed(res, 'POST');
    const body = await readBody(req, res);
    if (body === undefined) return;
    // The beacon sink sends one JSON event per line; a broken line is skipped, not fatal.
    const kept = [];
    for (const line of body.split('\n')) {
      if (!line.trim()) continue;
      try {
        received.events.push(JSON.parse(line));
        kept.push(line);
      } catch {
        console.warn('yesladder demo server: skipped an event line that is not JSON:', line.slice(0, 80));
      }
    }
    await events.append(kept);
    res.writeHead(204, { 'Cache-Control': 'no-store' });
    return res.end();
  }

  if (pathname === '/report') {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendMethodNotAllowed(res, 'GET, HEAD');
    return events.report(req, res);
  }

  if (pathname === '/api/received') {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendMethodNotAllowed(res, 'GET');
    return sendJson(res, 200, received);
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return sendMethodNotAllowed(res, 'GET, HEAD');
  const file = await findFile(pathname, mounts);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = csp;
    headers['Referrer-Policy'] = 'no-referrer';
  }
  const content = await readFile(file);
  res.writeHead(200, { ...headers, 'Content-Length': content.length });
  res.end(req.method === 'HEAD' ? undefined : content);
}

/**
 * The events file behind /report: appended to in arrival order, one line per event (writes
 * chained, so concurrent batches never interleave), read back by streaming it through the
 * built `yesladder/report` (dist/report.js) on every request.
 */
function eventLog(file, root) {
  let written = Promise.resolve();
  return {
    append(lines) {
      if (!file || lines.length === 0) return written;
      written = written
        .then(() => mkdir(dirname(file), { recursive: true }))
        .then(() => appendFile(file, `${lines.join('\n')}\n`))
        .catch((error) => console.error('yesladder demo server: could not append events:', error));
      return written;
    },
    async report(req, res) {
      if (!file)
        return send(
          res,
          404,
          'text/plain; charset=utf-8',
          'No events file: start the server with `eventsFile`.',
        );
      let report;
      try {
        report = await import(pathToFileURL(resolve(root, 'dist/report.js')).href);
      } catch {
        return send(res, 503, 'text/plain; charset=utf-8', 'dist/report.js is missing: run `npm run build`.');
      }
      await written;
      const exists = await stat(file).catch(() => undefined);
      const lines = exists
        ? createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })
        : [];
      const nonce = randomBytes(16).toString('base64');
      const html = report
        .renderReportHtml(await report.reportFromLines(lines), {
          title: 'yesladder demo — live funnel report',
          nonce,
        })
        // Live by examples/report-live.js (in place, pausable), not a meta refresh (WCAG 2.2.1).
        .replace('</head>', '<script src="/report-live.js" defer></script>\n</head>');
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': `default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      });
      res.end(req.method === 'HEAD' ? undefined : html);
    },
  };
}

// Segment's CDN settings path: `<cdnURL>/v1/projects/<writeKey>/settings`.
const SEGMENT_SETTINGS = /\/v1\/projects\/([^/]+)\/settings$/;

/**
 * A stand-in for an analytics vendor's API: records any request (after CORS preflight) in
 * `received.captures` and answers as PostHog does (`{ status: 1 }`). A Segment settings request
 * under /capture/ gets settings that send Segment's events back to `/capture/segment`.
 */
async function capture(req, res, received) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const origin = req.headers.origin;
  const cors = {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Cache-Control': 'no-store',
    Vary: 'Origin',
  };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors);
    return res.end();
  }
  const raw = await readRawBody(req, res);
  if (raw === undefined) return;
  received.captures.push({
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { 'content-type': req.headers['content-type'] ?? '' },
    body: decodeBody(raw, req.headers['content-encoding']),
  });
  const settings = SEGMENT_SETTINGS.exec(url.pathname);
  const reply = settings
    ? {
        integrations: {
          'Segment.io': {
            apiKey: decodeURIComponent(settings[1]),
            apiHost: `${req.headers.host}/capture/segment`,
            protocol: 'http',
          },
        },
        plan: {},
        // Its performance metrics would go to api.segment.io over https: none, please.
        metrics: { sampleRate: 0 },
      }
    : { status: 1 };
  res.writeHead(200, { ...cors, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(reply));
}

/** A body as text, gunzipped when it says so or starts with gzip's magic bytes. */
function decodeBody(raw, encoding) {
  const gzipped = encoding === 'gzip' || (raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b);
  if (!gzipped) return raw.toString('utf8');
  try {
    return gunzipSync(raw).toString('utf8');
  } catch {
    return raw.toString('utf8');
  }
}

/** The file a URL path names inside one of the mounts, or undefined (missing or escaping its root). */
async function findFile(pathname, mounts) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const mount = mounts.find((m) => decoded.startsWith(m.prefix));
  if (!mount) return undefined;
  const relative = decoded.slice(mount.prefix.length);
  const target = resolve(mount.dir, `.${sep}${relative}`);
  if (target !== mount.dir && !target.startsWith(mount.dir + sep)) return undefined;
  // `/` serves index.html; `/video` serves video.html, so the pages can use clean links.
  const candidates = decoded.endsWith('/') ? [join(target, 'index.html')] : [target, `${target}.html`];
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
    if (info?.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return index;
    }
  }
  return undefined;
}

/**
 * A submission from its body: JSON (as `application/json`, or `text/plain` from a beacon), or a
 * urlencoded form, read back into the JSON shape (`_name` fields are the meta, the rest answers).
 */
function parseLead(body, type = '') {
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const lead = { answers: {} };
    for (const [name, value] of new URLSearchParams(body)) {
      const [into, key] = name.startsWith('_') ? [lead, name.slice(1)] : [lead.answers, name];
      if (key !== '__proto__') into[key] = Object.hasOwn(into, key) ? [into[key], value].flat() : value;
    }
    return lead;
  }
  try {
    const lead = JSON.parse(body);
    return lead && typeof lead === 'object' ? lead : undefined;
  } catch {
    return undefined;
  }
}

/** The request body as text, or undefined after answering 413 when it is too large. */
async function readBody(req, res) {
  return (await readRawBody(req, res))?.toString('utf8');
}

/** The request body's bytes, or undefined after answering 413 when it is too large. */
async function readRawBody(req, res) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      send(res, 413, 'text/plain; charset=utf-8', 'Body too large');
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function sendMethodNotAllowed(res, allow) {
  res.setHeader('Allow', allow);
  send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
}

/** `node scripts/serve.mjs`: PORT or 5173, trying the next few ports when one is taken. */
async function main() {
  const first = Number(process.env.PORT) || 5173;
  for (let port = first; port < first + 10; port++) {
    try {
      const eventsFile = resolve(REPO_ROOT, process.env.YESLADDER_EVENTS ?? '.demo/events.jsonl');
      // The docs site, when `npm run docs` (or `npm start`) has built it.
      const site = resolve(REPO_ROOT, 'site');
      const server = await startServer({ port, eventsFile, static: [{ prefix: '/docs/', dir: site }] });
      console.log(`yesladder demo: ${server.url}`);
      for (const [name, path] of [
        ['A/B test', 'ab.html'],
        ['funnel report', 'report'],
        ['popover', 'popover.html'],
        ['attach', 'attach.html'],
        ['modal', 'modal.html'],
        ['async snippet', 'snippet.html'],
        ['placeholders', 'placeholders.html'],
        ['<yes-ladder>', 'dist/apps/element.html'],
        ['React app', 'dist/apps/react-app/'],
        ['Preact app', 'dist/apps/preact-app/'],
        ['bad config', 'bad-config.html'],
        ['docs site', 'docs/'],
      ]) {
        console.log(`  ${`${name}:`.padEnd(15)}${server.url}${path}`);
      }
      console.log(`  beacon events are appended to ${eventsFile}`);
      const built = await stat(resolve(REPO_ROOT, 'dist/yesladder.global.js')).catch(() => undefined);
      if (!built)
        console.warn('  dist/yesladder.global.js is missing: run `npm run build` (or `npm start`).');
      return;
    } catch (error) {
      if (error?.code !== 'EADDRINUSE') throw error;
    }
  }
  console.error(`yesladder demo: ports ${first}–${first + 9} are all taken; set PORT to a free one.`);
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
