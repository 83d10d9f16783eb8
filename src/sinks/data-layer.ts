import type { SinkObject } from '../events/sink';

export interface DataLayerSinkOptions {
  /** The array on `target` to push onto. @default 'dataLayer' */
  readonly name?: string;
  /** Holder of the array. @default globalThis, read when each event arrives */
  readonly target?: Record<string, unknown>;
}

/** Pushes `{ event: 'yesladder_<name>', …fields }` onto a GA4/GTM data layer, creating it if missing. */
export const dataLayerSink = (options: DataLayerSinkOptions = {}): SinkObject => {
  const key = options.name ?? 'dataLayer';
  return {
    name: 'dataLayer',
    send: (event) => {
      const target = options.target ?? (globalThis as unknown as Record<string, unknown>);
      let layer = target[key] as unknown[] | undefined;
      // GTM swaps `push` on the existing array; keep any array-like with a push.
      if (typeof layer?.push !== 'function') {
        layer = [];
        target[key] = layer;
      }
      layer.push({ event: `yesladder_${event.name}`, ...event });
    },
  };
};
