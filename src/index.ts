export { autoMount } from './embed/auto-mount';
export { hostEventName } from './embed/host-events';
export { type FormHandle, type MountOptions, mount } from './embed/mount';
export type { Sink, SinkFunction, SinkObject } from './events/sink';
export type { EventName, YesLadderEvent } from './events/types';
export type {
  BranchConfig,
  ChoiceStepConfig,
  CtaStepConfig,
  FieldConfig,
  FieldsStepConfig,
  FieldType,
  FormConfig,
  MessageKey,
  OfferConfig,
  OptionConfig,
  SinkConfig,
  StepConfig,
  SubmitConfig,
  ThanksStepConfig,
  WhenConfig,
} from './schema/config';
export { ConfigError, type ConfigIssue } from './schema/config-error';
export { type AnswersOf, defineForm, type FieldValue } from './schema/define-form';
export type { AnswerMap, Field, Form, Step, Value } from './schema/model';
export { type ParseResult, parseForm, parseFormOrThrow } from './schema/parse-form';
export { beaconSink } from './sinks/beacon';
export { callbackSink } from './sinks/callback';
export { consoleSink } from './sinks/console';
export { dataLayerSink } from './sinks/data-layer';
export type { SubmitMeta } from './submit/create-submitter';
export { type Submission, SubmitError } from './submit/types';
export { defaultMessages, type Messages } from './validate/messages';
export { version } from './version';
