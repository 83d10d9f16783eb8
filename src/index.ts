export type { DraftStorage } from './draft/safe-storage';
export { autoMount } from './embed/auto-mount';
export type { FormHandle } from './embed/form-handle';
export { hostEventName } from './embed/host-events';
export type { MountOptions } from './embed/mount-options';
export { route } from './embed/route-changes';
export { attach, mount } from './embed/split-mount';
export type { BeforeSend } from './events/pipeline';
export type { Sink, SinkFunction, SinkObject } from './events/sink';
export {
  type CustomSinkEvent,
  type EventCommon,
  type EventName,
  type EventPayloads,
  eventVersion,
  type SinkEvent,
  type YesLadderEvent,
} from './events/types';
export { assignVariant } from './flow/assign-variant';
export type { LintFinding, LintOptions, LintSeverity } from './lint/lint-finding';
export { lintForm } from './lint/lint-form';
export type {
  BranchConfig,
  ChoiceStepConfig,
  Consent,
  CtaStepConfig,
  DraftConfig,
  FieldConfig,
  FieldsStepConfig,
  FieldType,
  FormConfig,
  HiddenSource,
  MessageKey,
  OfferConfig,
  OptionConfig,
  SinkConfig,
  SinkType,
  StepConfig,
  SubmitConfig,
  ThanksStepConfig,
  VariantConfig,
  WhenConfig,
} from './schema/config';
export { ConfigError, type ConfigIssue } from './schema/config-error';
export { type AnswersOf, defineForm, type FieldValue } from './schema/define-form';
export type { AnswerMap, Field, Form, Step, Value } from './schema/model';
export { type ParseResult, parseForm, parseFormOrThrow } from './schema/parse-form';
export { type BeaconSinkOptions, beaconSink } from './sinks/beacon';
export { callbackSink } from './sinks/callback';
export { type ConsoleSinkOptions, consoleSink } from './sinks/console';
export { type DataLayerSinkOptions, dataLayerSink, ga4Name } from './sinks/data-layer';
export { type MetaPixelClient, metaSink } from './sinks/meta';
export type { PageToolOptions } from './sinks/page-tool';
export { type PlausibleClient, plausibleSink } from './sinks/plausible';
export { type PostHogClient, posthogSink } from './sinks/posthog';
export { type SegmentClient, segmentSink } from './sinks/segment';
export type { SubmitMeta } from './submit/create-submitter';
export { type Submission, SubmitError } from './submit/types';
export { defaultMessages, type Messages } from './validate/messages';
export { version } from './version';
