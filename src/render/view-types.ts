import type { Action, FlowState } from '../flow/types';
import type { StepType } from '../schema/model';
import type { Messages } from '../validate/messages';
import type { ErrorSummary } from './error-summary';
import type { StepView } from './steps/step-view';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An action as a view sends it; the store adds the clock's `at`. */
export type ViewAction = DistributiveOmit<Action, 'at'>;

/** The latest focus effect from the flow; act on it when `seq` changes. */
export type FocusRequest = ({ target: 'step' } | { target: 'field'; name: string }) & {
  readonly seq: number;
};

/**
 * The components a form view draws with: every step type's and the error summary for the
 * runtime (`allViews`), or only what a first step can show, for a first paint.
 */
export interface ViewSet {
  readonly steps: Partial<Record<StepType, StepView>>;
  readonly summary?: typeof ErrorSummary;
}

export interface FormViewProps {
  readonly state: FlowState;
  readonly send: (action: ViewAction) => void;
  /** `defaultMessages` merged with `form.messages`, already done by the store. */
  readonly messages: Messages;
  /** Unique per mounted instance; every DOM id starts with it. */
  readonly uid: string;
  readonly focus?: FocusRequest;
  readonly views: ViewSet;
}
