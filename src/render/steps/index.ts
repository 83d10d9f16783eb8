import type { StepType } from '../../schema/model';
import { choiceStep } from './choice-step';
import { ctaStep } from './cta-step';
import { fieldsStep } from './fields-step';
import { reviewStep } from './review-step';
import type { StepView } from './step-view';
import { thanksStep } from './thanks-step';

/** The controls of each step type. Adding a type is one view file and one entry here. */
export const stepViews: Record<StepType, StepView> = {
  cta: ctaStep,
  fields: fieldsStep,
  choice: choiceStep,
  review: reviewStep,
  thanks: thanksStep,
};

export type { StepView, StepViewProps } from './step-view';
