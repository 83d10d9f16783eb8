import type { Step, StepType } from '../schema/model';

/** What the linter needs to know about a step type; shared code asks this table, never the type. */
export interface StepTraits {
  /** A small yes by itself, whatever it holds: one click (a CTA, or one question answered by a click). */
  readonly smallYes: boolean;
  /** It ends the form: nothing is asked after it. */
  readonly ends: boolean;
  /** Where its `index`th field is written in the config, given the step's own path. */
  fieldPath(stepPath: string, index: number): string;
}

const ownFields = (stepPath: string, index: number) => `${stepPath}.fields[${index}]`;
const noFields = (stepPath: string) => stepPath;

const traits: Readonly<Record<StepType, StepTraits>> = {
  cta: { smallYes: true, ends: false, fieldPath: noFields },
  fields: { smallYes: false, ends: false, fieldPath: ownFields },
  // Its one field is the step itself in the config: `{ type: 'choice', options }`.
  choice: { smallYes: true, ends: false, fieldPath: noFields },
  review: { smallYes: false, ends: false, fieldPath: noFields },
  thanks: { smallYes: false, ends: true, fieldPath: noFields },
};

export const stepTraits = (step: Step): StepTraits => traits[step.type];
