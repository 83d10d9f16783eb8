import type { VNode } from 'preact';
import type { FlowState } from '../../flow/types';
import type { Step } from '../../schema/model';
import type { Messages } from '../../validate/messages';
import type { ViewAction } from '../view-types';

export interface StepViewProps {
  readonly step: Step;
  readonly state: FlowState;
  /** Already ignores everything while the final submission is on its way. */
  readonly send: (action: ViewAction) => void;
  readonly messages: Messages;
  readonly uid: string;
  /** The final submission is on its way: controls are disabled, the button says "Sending…". */
  readonly busy: boolean;
  /** The id of the step heading, which names the step's group of controls. */
  readonly headingId: string;
  /** The Back button, when this step has one, for the step's action row. */
  readonly back?: VNode;
}

/** The controls of one step type, under the heading and body the form view draws for every step. */
export type StepView = (props: StepViewProps) => VNode | null;
