/** A submission as the widget posts it to `/api/leads`. */
export interface ReceivedLead {
  readonly form_id?: string;
  readonly variant?: string;
  readonly session_id?: string;
  readonly submission?: 'lead' | 'final';
  readonly step_id?: string;
  readonly answers?: Readonly<Record<string, unknown>>;
  readonly submitted_at?: string | number;
  readonly [key: string]: unknown;
}

/** An analytics event as the beacon sink posts it to `/api/events` (one per line). */
export interface ReceivedEvent {
  readonly name?: string;
  readonly step_id?: string;
  readonly values?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/** What the fake backend has kept so far; the arrays grow as requests arrive. */
export interface Received {
  readonly leads: ReceivedLead[];
  readonly events: ReceivedEvent[];
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
}

/** The strict policy sent with every HTML page. */
export const CONTENT_SECURITY_POLICY: string;

/** Serves examples/ at `/`, dist/ at `/dist/`, and a fake backend at `/api/*`. */
export function startServer(options?: ServerOptions): Promise<DemoServer>;
