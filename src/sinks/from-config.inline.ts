import type { Sink } from '../events/sink';
import type { SinkConfig } from '../schema/config';
import { beaconSink } from './beacon';
import { consoleSink } from './console';
import { dataLayerSink } from './data-layer';
import { metaSink } from './meta';
import { plausibleSink } from './plausible';
import { posthogSink } from './posthog';
import { segmentSink } from './segment';

type Factories = { readonly [K in SinkConfig['type']]: (config: Extract<SinkConfig, { type: K }>) => Sink };

const factories: Factories = {
  console: () => consoleSink(),
  dataLayer: dataLayerSink,
  beacon: beaconSink,
  segment: segmentSink,
  posthog: posthogSink,
  plausible: plausibleSink,
  meta: metaSink,
};

/**
 * `from-config.ts` for the script-tag builds, swapped in by tsup: a JSON config may name any
 * sink, and one file holds them all, so they are built in at once instead of loaded.
 */
export const sinksFromConfig = (configs: readonly SinkConfig[]): Sink[] =>
  configs.map((config) => (factories[config.type] as (config: SinkConfig) => Sink)(config));
