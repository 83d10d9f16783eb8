import { ConfigError } from '../schema/config-error';
import { parseForm } from '../schema/parse-form';
import { beaconSink } from '../sinks/beacon';
import { callbackSink } from '../sinks/callback';
import { consoleSink } from '../sinks/console';
import { dataLayerSink } from '../sinks/data-layer';
import { defaultMessages } from '../validate/messages';
import { version } from '../version';
import { autoMount } from './auto-mount';
import { mount } from './mount';

/** What `window.YesLadder` holds in the script-tag build. */
export const api = {
  version,
  mount,
  autoMount,
  parseForm,
  ConfigError,
  defaultMessages,
  sinks: { beacon: beaconSink, callback: callbackSink, console: consoleSink, dataLayer: dataLayerSink },
};
