import type { Sink } from '../events/sink';
import type { SinkConfig } from '../schema/config';
import { deferredSink } from './deferred';

type Loaders = {
  readonly [K in SinkConfig['type']]: (config: Extract<SinkConfig, { type: K }>) => Promise<Sink>;
};

// Each sink is its own chunk in the npm build, fetched only when a config names it; the
// script-tag build inlines them all (its JSON config may name any).
const loaders: Loaders = {
  console: () => import('./console').then((m) => m.consoleSink()),
  dataLayer: (config) => import('./data-layer').then((m) => m.dataLayerSink(config)),
  beacon: (config) => import('./beacon').then((m) => m.beaconSink(config)),
  segment: (config) => import('./segment').then((m) => m.segmentSink(config)),
  posthog: (config) => import('./posthog').then((m) => m.posthogSink(config)),
  plausible: (config) => import('./plausible').then((m) => m.plausibleSink(config)),
  meta: (config) => import('./meta').then((m) => m.metaSink(config)),
};

/** Builds the built-in sinks a config's `analytics` array names. */
export const sinksFromConfig = (configs: readonly SinkConfig[]): Sink[] =>
  configs.map((config) =>
    deferredSink(config.type, () => (loaders[config.type] as (config: SinkConfig) => Promise<Sink>)(config)),
  );
