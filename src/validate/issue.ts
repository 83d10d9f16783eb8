import type { MessageKey } from '../schema/config';

/**
 * A problem with an answer, as data. Its words are chosen last, from the message map
 * (`formatIssue`), so they can be replaced or translated without touching the rules.
 */
export interface Issue {
  readonly code: MessageKey;
  /** The field's name. */
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
}
