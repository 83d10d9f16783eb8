// `yesladder/server`: the widget's own rules, for the endpoint that receives its submissions.
// No DOM, no Preact: the config schema, the field rules and the branching only.

export type { FormConfig } from '../schema/config';
export { ConfigError, type ConfigIssue } from '../schema/config-error';
export { type AnswersOf, defineForm } from '../schema/define-form';
export {
  createDeduper,
  type Deduper,
  type DeduperOptions,
  type KeyStore,
  memoryStore,
} from './dedupe';
export {
  type ParseSubmissionOptions,
  parseSubmission,
  type ReceivedSubmission,
  type SubmissionIssue,
  type SubmissionResult,
} from './parse-submission';
