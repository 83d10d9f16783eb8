import type { SinkEvent } from './types';

/** The simplest sink: a function called with every event. */
// biome-ignore lint/suspicious/noConfusingVoidType: a plain function sink returns nothing or a promise.
export type SinkFunction<E = SinkEvent> = (event: E) => void | Promise<unknown>;

/** A sink with a name and, when it buffers, a way to send what it holds. */
export interface SinkObject<E = SinkEvent> {
  /** Names the sink in diagnostics. */
  readonly name?: string;
  // biome-ignore lint/suspicious/noConfusingVoidType: send returns nothing or a promise.
  send(event: E): void | Promise<unknown>;
  /** Send what is buffered now: the page may be closing. */
  flush?(): void;
  /** Stop timers, drop listeners. */
  destroy?(): void;
}

/** Where analytics events go: a function or a `{ send }` object. `E` is what it receives. */
export type Sink<E = SinkEvent> = SinkFunction<E> | SinkObject<E>;
