import type { Sink } from './sink';
import type { SinkEvent } from './types';

/** Every sink behind one call, each isolated from the others and from the form. */
export interface FanOut<E = SinkEvent> {
  emit(event: E): void;
  flush(): void;
  destroy(): void;
}

const warn = (message: string): void => console.warn(`yesladder: ${message}`);

/**
 * Delivers each event to every sink, in order and synchronously (so a `pagehide` flush
 * sees the last event). A sink that throws or rejects is reported once and keeps
 * receiving events; a slow sink is never awaited.
 *
 * @param report receives each failing sink's diagnostic, once per sink. @default console.warn with the `yesladder: ` prefix
 */
export const createFanOut = <E = SinkEvent>(
  sinks: readonly Sink<E>[],
  report: (message: string) => void = warn,
): FanOut<E> => {
  const reported = new Set<number>();

  const fail = (index: number, error: unknown): void => {
    if (reported.has(index)) return;
    reported.add(index);
    try {
      const sink = sinks[index];
      const label = typeof sink === 'object' && sink.name ? `"${sink.name}"` : `#${index}`;
      const why = error instanceof Error ? error.message : String(error);
      report(`sink ${label} failed: ${why}. The form and the other sinks carry on.`);
    } catch {
      // A broken reporter must not break the form either.
    }
  };

  const each = (call: (sink: Sink<E>) => unknown): void => {
    sinks.forEach((sink, index) => {
      try {
        const result = call(sink);
        // Catch rejections so they never surface as unhandled; never await them.
        if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
          (result as PromiseLike<unknown>).then(undefined, (error: unknown) => fail(index, error));
        }
      } catch (error) {
        fail(index, error);
      }
    });
  };

  return {
    emit: (event) => each((sink) => (typeof sink === 'function' ? sink(event) : sink.send(event))),
    flush: () => each((sink) => typeof sink === 'object' && sink.flush?.()),
    destroy: () => each((sink) => typeof sink === 'object' && sink.destroy?.()),
  };
};
