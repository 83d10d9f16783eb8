/**
 * A submission as the widget posts it to `/api/leads`: JSON, `text/plain` JSON (a beacon) or a
 * urlencoded form (read back into this shape, its values strings). One per idempotency key.
 */
export interface ReceivedLead {
  readonly form_id?: string;
  readonly variant?: string;
  readonly session_id?: string;
  readonly submission?: 'lead' | 'final';
  readonly step_id?: string;
  readonly answers?: Readonly<Record<string, unknown>>;
  readonly submitted_at?: string | number;
  /** The same for every attempt of one submission; the server keeps the first only. */
  readonly idempotency_key?: string;
  readonly [key: string]: unknown;
}

/** An analytics event as the beacon sink posts it to `/api/events` (one per line). */
export interface ReceivedEvent {
  readonly name?: string;
  readonly step_id?: string;
  readonly values?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/** A request an analytics SDK sent to `/capture/…` (PostHog's, Segment's API pointed here). */
export interface ReceivedCapture {
  readonly method: string;
  /** The URL path, e.g. `/capture/posthog/e/` or `/capture/segment/t`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: { readonly 'content-type': string };
  /** The body as text, gunzipped when it came compressed. */
  readonly body: string;
}

/** What the fake backend has kept so far; the arrays grow as requests arrive. */
export interface Received {
  readonly leads: ReceivedLead[];
  readonly events: ReceivedEvent[];
  readonly captures: ReceivedCapture[];
  /** How many times each idempotency key came again after its first (kept) arrival. */
  readonly duplicates: Record<string, number>;
  /** Every readable POST to `/api/leads`, duplicates too, in arrival order. */
  readonly leadRequests: { readonly type: string; readonly key?: string }[];
  /** What the demo page's own form posted to `/subscribe`, where yesladder did not take it over. */
  readonly pageForms: Record<string, string>[];
}

export interface DemoServer {
  /** `http://127.0.0.1:<port>/`, with the trailing slash. */
  readonly url: string;
  readonly received: Received;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The repository root holding examples/ and dist/. @default this repository */
  root?: string;
  /**
   * More folders to serve, checked before examples/ (`prefix` starts and ends with `/`).
   * @default []
   */
  static?: readonly { readonly prefix: string; readonly dir: string }[];
  /**
   * Enforce Trusted Types on every page too: `true` allows no policy (`TRUSTED_TYPES_POLICY`),
   * a string names the policies a page may make (`'yesladder-loader'`). @default false
   */
  trustedTypes?: boolean | string;
  /**
   * Append every beacon event to this JSON-lines file (its folder made if needed) and serve
   * the file's funnel report, live, at `/report`. @default none: events kept in memory only
   */
  eventsFile?: string;
}

/** The strict policy sent with every HTML page. */
export const CONTENT_SECURITY_POLICY: string;

/** What `trustedTypes: true` adds to it: `require-trusted-types-for 'script'; trusted-types 'none'`. */
export const TRUSTED_TYPES_POLICY: string;

/**
 * Serves examples/ at `/`, dist/ at `/dist/`, a fake backend at `/api/*`, and a stand-in for
 * analytics vendors' APIs at `/capture/*` (every request kept in `received.captures`).
 */
export function startServer(options?: ServerOptions): Promise<DemoServer>;
