// The demo server: examples/ at /, the built files at /dist/, and a fake backend that keeps
// what the widget sends (leads, beacon events) so the page and the e2e tests can look at it.
// Plain Node, no dependencies: `npm start` runs it after a build.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/**
 * Starts the demo server.
 * @param {object} [options]
 * @param {number} [options.port] @default 0 (any free port)
 * @param {string} [options.host] @default '127.0.0.1'
 * @param {string} [options.root] the repository root holding examples/ and dist/ @default this repo
 * @returns {Promise<{ url: string, received: { leads: object[], events: object[] }, close(): Promise<void> }>}
 */
export async function startServer({ port = 0, host = '127.0.0.1', root = REPO_ROOT } = {}) {
  const mounts = [
    { prefix: '/dist/', dir: resolve(root, 'dist') },
    { prefix: '/', dir: resolve(root, 'examples') },
  ];
  const received = { leads: [], events: [] };

  const server = createServer((req, res) => {
    handle(req, res, mounts, received).catch((error) => {
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

async function handle(req, res, mounts, received) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');

  if (pathname === '/api/leads') {
    if (req.method !== 'POST') return sendMethodNotAllowed(res, 'POST');
    const body = await readBody(req, res);
    if (body === undefined) return;
    let lead;
    try {
      lead = JSON.parse(body);
    } catch {
      return sendJson(res, 400, { ok: false, error: 'expected a JSON body' });
    }
    received.leads.push(lead);
    return sendJson(res, 201, { ok: true });
  }

  if (pathname === '/api/events') {
    if (req.method !== 'POST') return sendMethodNotAllowed(res, 'POST');
    const body = await readBody(req, res);
    if (body === undefined) return;
    // The beacon sink sends one JSON event per line; a broken line is skipped, not fatal.
    for (const line of body.split('\n')) {
      if (!line.trim()) continue;
      try {
        received.events.push(JSON.parse(line));
      } catch {
        console.warn('yesladder demo server: skipped an event line that is not JSON:', line.slice(0, 80));
      }
    }
    res.writeHead(204, { 'Cache-Control': 'no-store' });
    return res.end();
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
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    headers['Referrer-Policy'] = 'no-referrer';
  }
  const content = await readFile(file);
  res.writeHead(200, { ...headers, 'Content-Length': content.length });
  res.end(req.method === 'HEAD' ? undefined : content);
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

/** The request body as text, or undefined after answering 413 when it is too large. */
async function readBody(req, res) {
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
  return Buffer.concat(chunks).toString('utf8');
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
      const server = await startServer({ port });
      console.log(`yesladder demo: ${server.url}`);
      for (const [name, path] of [
        ['popover', 'popover.html'],
        ['modal', 'modal.html'],
        ['async snippet', 'snippet.html'],
        ['placeholders', 'placeholders.html'],
        ['<yes-ladder>', 'dist/apps/element.html'],
        ['React app', 'dist/apps/react-app/'],
        ['Preact app', 'dist/apps/preact-app/'],
        ['bad config', 'bad-config.html'],
      ]) {
        console.log(`  ${`${name}:`.padEnd(15)}${server.url}${path}`);
      }
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
