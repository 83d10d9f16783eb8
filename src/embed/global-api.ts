import { ConfigError } from '../schema/config-error';
import { parseForm } from '../schema/parse-form';
import { beaconSink } from '../sinks/beacon';
import { callbackSink } from '../sinks/callback';
import { consoleSink } from '../sinks/console';
import { dataLayerSink } from '../sinks/data-layer';
import { metaSink } from '../sinks/meta';
import { plausibleSink } from '../sinks/plausible';
import { posthogSink } from '../sinks/posthog';
import { segmentSink } from '../sinks/segment';
import { defaultMessages } from '../validate/messages';
import { version } from '../version';
import { attachForm } from './attach';
import { autoMount } from './auto-mount';
import { createCommand, type YesLadderCommand } from './command-queue';
import { mount } from './mount';
import { route } from './route-changes';

/** The API the script-tag build carries on its global. */
export const api = {
  version,
  mount,
  attach: attachForm,
  autoMount,
  route,
  parseForm,
  ConfigError,
  defaultMessages,
  sinks: {
    beacon: beaconSink,
    callback: callbackSink,
    console: consoleSink,
    dataLayer: dataLayerSink,
    segment: segmentSink,
    posthog: posthogSink,
    plausible: plausibleSink,
    meta: metaSink,
  },
};

/** `window.yesladder`, also spelled `window.YesLadder`: the command function, carrying the API. */
export type YesLadderGlobal = YesLadderCommand & typeof api;

/** A fresh command function with the API on it. */
export const createGlobal = (): YesLadderGlobal => Object.assign(createCommand(), api);
