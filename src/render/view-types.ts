import type { Action, FlowState } from '../flow/types';
import type { Messages } from '../validate/messages';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An action as a view sends it; the store adds the clock's `at`. */
export type ViewAction = DistributiveOmit<Action, 'at'>;

/** The latest focus effect from the flow; act on it when `seq` changes. */
export type FocusRequest = ({ target: 'step' } | { target: 'field'; name: string }) & {
  readonly seq: number;
};

export interface FormViewProps {
  readonly state: FlowState;
  readonly send: (action: ViewAction) => void;
  /** `defaultMessages` merged with `form.messages`, already done by the store. */
  readonly messages: Messages;
  /** Unique per mounted instance; every DOM id starts with it. */
  readonly uid: string;
  readonly focus?: FocusRequest;
}
