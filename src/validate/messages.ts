import type { MessageKey } from '../schema/config';
import type { Issue } from './issue';

export type Messages = Readonly<Record<MessageKey, string>>;

/** The words of the answer checks, in English (`formatIssue` picks one by its issue's code). */
export const checkMessages = {
  required: 'Please fill this in.',
  required_consent: 'Please tick this box to continue.',
  invalid_email: 'Enter an email address like name@example.com.',
  too_short: 'Use at least {minimum} characters.',
  too_long: 'Use at most {maximum} characters.',
  too_small: 'Enter a number of at least {minimum}.',
  too_large: 'Enter a number of at most {maximum}.',
  pattern_mismatch: 'Check the format of this answer.',
  not_a_number: 'Enter a number.',
  invalid_option: 'Choose one of the options.',
  invalid: 'Check this answer.',
} as const;

/** The words the views show, in English: everything but the checks'. */
export const viewMessages = {
  progress: 'Step {current} of {total}',
  continue: 'Continue',
  back: 'Back',
  sending: 'Sending…',
  submit_failed: 'We could not send your answers. Nothing is lost: check your connection and try again.',
  submit_saved: 'Your answers are saved on this device and will be sent automatically.',
  retry: 'Try again',
  done: 'Thank you!',
  choose: 'Choose…',
  send: 'Send',
  change: 'Change',
  change_answer: 'Change {label}',
  yes: 'Yes',
  no: 'No',
  not_given: 'Not given',
  close: 'Close',
  error_summary: 'There is a problem',
  error_link: '{label}: {error}',
} as const;

/** The widget's own words, in English. Any of them can be replaced by the config's `messages`. */
export const defaultMessages: Messages = /* @__PURE__ */ Object.assign({}, checkMessages, viewMessages);

/** Fills `{name}` placeholders. */
export const formatMessage = (
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));

/** An issue in words, from the given message map. */
export const formatIssue = (messages: Messages, issue: Issue): string =>
  formatMessage(messages[issue.code], issue.params);
