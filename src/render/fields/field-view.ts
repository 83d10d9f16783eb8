import type { VNode } from 'preact';
import type { Field, Value } from '../../schema/model';
import type { Messages } from '../../validate/messages';
import type { ViewAction } from '../view-types';

export interface FieldViewProps {
  readonly field: Field;
  readonly value: Value | undefined;
  readonly send: (action: ViewAction) => void;
  readonly messages: Messages;
  readonly uid: string;
  /** The field's error in words, when it has one. */
  readonly error?: string;
  /**
   * What Enter does in a one-line field, shown on a phone's keyboard (`enterkeyhint`): it
   * submits the step, so `next` when another step follows, `send` when the form is sent.
   * See `render/steps/enter-key.ts`.
   * @default "next"
   */
  readonly enter?: EnterKey;
}

export type EnterKey = 'next' | 'send';

/** The view of one field type: sends `answer` on input/change and `blur` on blur. */
export type FieldView = (props: FieldViewProps) => VNode | null;
