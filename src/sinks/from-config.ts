import type { Sink } from '../events/sink';
import type { SinkConfig } from '../schema/config';
import { beaconSink } from './beacon';
import { consoleSink } from './console';
import { dataLayerSink } from './data-layer';

type Factories = { readonly [K in SinkConfig['type']]: (config: Extract<SinkConfig, { type: K }>) => Sink };

const factories: Factories = {
  console: () => consoleSink(),
  dataLayer: (config) => dataLayerSink({ name: config.name }),
  beacon: (config) => beaconSink(config),
};

/** Builds the built-in sinks a config's `analytics` array names. */
export const sinksFromConfig = (configs: readonly SinkConfig[]): Sink[] =>
  configs.map((config) => (factories[config.type] as (config: SinkConfig) => Sink)(config));
