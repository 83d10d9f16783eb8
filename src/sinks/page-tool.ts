import type { SinkObject } from '../events/sink';
import type { SinkEvent } from '../events/types';

/** Options every sink for a tool already on the page takes. */
export interface PageToolOptions<T> {
  /** The tool's client, when your app holds it (an npm import); else it is looked up on `window`. */
  readonly client?: T;
  /** The global to look the tool up as, when its snippet renamed it. */
  readonly global?: string;
  /**
   * How long to wait, in ms from the first event, for a tool that is not loaded yet (tools
   * load async). Events wait with it; after that they are dropped with one warning.
   * @default 5000
   */
  readonly wait?: number;
}

/** What a tool sink is made of. */
export interface PageTool<T> {
  /** The sink's name, and the tool's in the warning. */
  readonly name: string;
  /** The global the tool's own snippet defines. */
  readonly global: string;
  /** The tool's method the sink calls, or none when the global is itself a function. */
  readonly method?: string;
  /** Hands one event to the tool. */
  readonly deliver: (tool: T, event: SinkEvent) => void;
}

const POLL_MS = 100;

/**
 * A sink for an analytics tool that lives on the page (`window.posthog`…). While the tool
 * is missing, events wait for it (in order) for `wait` ms, polled every 100 ms; if it never
 * comes they are dropped with one console warning, and later events are dropped quietly
 * unless the tool turns up. Nothing here throws into the page.
 */
export const pageToolSink = <T>(tool: PageTool<T>, options: PageToolOptions<T> = {}): SinkObject => {
  const key = options.global ?? tool.global;
  const wait = options.wait ?? 5000;
  let waiting: SinkEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let polls = 0;
  let gaveUp = false;
  let failed = false;

  const find = (): T | undefined => {
    if (options.client) return options.client;
    const found = (globalThis as Record<string, unknown>)[key] as Record<string, unknown> | undefined;
    const callable = tool.method ? found?.[tool.method] : found;
    return typeof callable === 'function' ? (found as T) : undefined;
  };

  /** Sends what waited; called from a timer too, so a throwing tool is caught here. */
  const drain = (client: T): void => {
    const events = waiting;
    waiting = [];
    for (const event of events) {
      try {
        tool.deliver(client, event);
      } catch (error) {
        if (!failed) console.warn(`yesladder: the ${tool.name} sink failed:`, error);
        failed = true;
      }
    }
  };

  const poll = (): void => {
    timer = undefined;
    const client = find();
    if (client) {
      drain(client);
      return;
    }
    if (++polls * POLL_MS < wait) {
      timer = setTimeout(poll, POLL_MS);
      return;
    }
    gaveUp = true;
    console.warn(
      `yesladder: the ${tool.name} sink found no window.${key} after ${wait} ms; ${waiting.length} event(s) dropped. Load ${tool.name}'s snippet on this page, pass { client }, or remove the sink.`,
    );
    waiting = [];
  };

  return {
    name: tool.name,
    send(event) {
      const client = find();
      if (client) {
        drain(client);
        tool.deliver(client, event);
      } else if (!gaveUp) {
        waiting.push(event);
        timer ??= setTimeout(poll, POLL_MS);
      }
    },
    flush() {
      const client = find();
      if (client) drain(client);
    },
    destroy() {
      clearTimeout(timer);
      timer = undefined;
      gaveUp = true;
      waiting = [];
    },
  };
};
