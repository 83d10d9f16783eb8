import type { Sink, SinkObject } from '../events/sink';
import type { SinkEvent } from '../events/types';

/**
 * A sink whose code is still loading (its own chunk): events wait in order until it
 * arrives, then go through. A sink that fails to load is reported once; its events are
 * dropped. Flushing before it arrives has nothing to hand over yet.
 */
export const deferredSink = (name: string, load: () => Promise<Sink>): SinkObject => {
  let sink: Sink | undefined;
  let waiting: SinkEvent[] | undefined = [];
  let destroyed = false;
  const deliver = (event: SinkEvent) => (typeof sink === 'function' ? sink(event) : sink?.send(event));

  load().then(
    (loaded) => {
      if (destroyed) return;
      sink = loaded;
      const events = waiting ?? [];
      waiting = undefined;
      let failed = false;
      // Each waiting event is delivered on its own, as the fan-out would: one that
      // throws is reported once and the rest still go.
      for (const event of events) {
        try {
          const result = deliver(event);
          if (result instanceof Promise) result.catch(() => {});
        } catch (error) {
          if (!failed) console.warn(`yesladder: the ${name} sink failed:`, error);
          failed = true;
        }
      }
    },
    (error: unknown) => {
      waiting = undefined;
      console.warn(`yesladder: the ${name} sink could not load:`, error);
    },
  );

  return {
    name,
    send: (event) => {
      if (sink) return deliver(event);
      waiting?.push(event);
    },
    flush: () => typeof sink === 'object' && sink.flush?.(),
    destroy: () => {
      destroyed = true;
      waiting = undefined;
      if (typeof sink === 'object') sink.destroy?.();
    },
  };
};
