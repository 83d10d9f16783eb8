import type { Ref } from 'preact';
import type { Step } from '../schema/model';
import type { Issue } from '../validate/issue';
import { formatIssue, formatMessage, type Messages } from '../validate/messages';
import { fieldId } from './fields/field-parts';

/** A label as plain words, to sit inside a link before `:`: link and bold marks and end punctuation dropped. */
const plain = (label: string): string =>
  label
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/[\s?:.!？：。]+$/, '');

/** The first control named `name` (for groups, the first of them), found without CSS escaping. */
export const controlNamed = (root: ParentNode, name: string): HTMLElement | undefined =>
  Array.from(root.querySelectorAll<HTMLElement>('[name]')).find((el) => el.getAttribute('name') === name);

/**
 * The GOV.UK error summary: after a failed Next, a heading and the step's errors as links,
 * each moving focus to its field. It receives focus itself, and speaks as an alert.
 */
export const ErrorSummary = (props: {
  step: Step;
  errors: Readonly<Record<string, Issue>>;
  messages: Messages;
  uid: string;
  box: Ref<HTMLDivElement>;
}) => {
  const { messages, uid } = props;
  const failed = props.step.fields.filter((field) => props.errors[field.name]);
  if (!failed.length) return null;
  const headingId = `${uid}:problem`;
  return (
    <div class="yl-summary" tabIndex={-1} ref={props.box}>
      <div role="alert">
        <h3 class="yl-summary-title" id={headingId}>
          {messages.error_summary}
        </h3>
        <ul>
          {failed.map((field) => {
            const issue = props.errors[field.name] as Issue;
            const id = fieldId(uid, field.name);
            return (
              <li key={field.name}>
                <a
                  href={`#${id}`}
                  // Inside a shadow root a fragment finds nothing and would only change the host page's URL.
                  onClick={(e) => {
                    e.preventDefault();
                    const root = e.currentTarget.closest('.yl');
                    if (root) controlNamed(root, id)?.focus();
                  }}
                >
                  {formatMessage(messages.error_link, {
                    label: plain(field.label),
                    error: formatIssue(messages, issue),
                  })}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
};
