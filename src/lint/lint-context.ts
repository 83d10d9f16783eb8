import { formatPath } from '../schema/config-error';
import type { Field, Form, Step } from '../schema/model';
import { fieldFriction, stepFriction } from './friction-score';
import { type LadderPaths, ladderPaths } from './ladder-paths';
import type { LintOptions } from './lint-finding';
import { sensitiveAsk } from './sensitive-fields';
import { type StepTraits, stepTraits } from './step-traits';

/** A field as the rules see it. */
export interface FieldFacts {
  readonly field: Field;
  /** Where it is written in the config: `steps[2].fields[0]`, or `steps[1]` for a choice step's. */
  readonly path: string;
  readonly friction: number;
  /** What it asks for that people think twice about ("a phone number"), when it does. */
  readonly sensitive?: string;
}

/** A step as the rules see it. */
export interface StepFacts {
  readonly index: number;
  readonly step: Step;
  /** `steps[2]`. */
  readonly path: string;
  /** `step "about"`, for messages. */
  readonly name: string;
  readonly traits: StepTraits;
  readonly fields: readonly FieldFacts[];
  /**
   * The questions it asks a person: its fields but hidden ones (never seen) and consent boxes
   * (the law's ask, not the form's; the consent rule wants them).
   */
  readonly questions: readonly FieldFacts[];
  /** The step's friction score: the sum of its fields' (see `friction-score.ts`). */
  readonly friction: number;
  /** Whether a person can get here from the first step. */
  readonly reachable: boolean;
  /** Whether completing it sends the answers: a `lead` step, or the last step before the end. */
  readonly sends: boolean;
}

/** Everything a rule reads: the form, the options with their defaults, the facts and the paths. */
export interface LintContext {
  readonly form: Form;
  readonly options: Required<Omit<LintOptions, 'ignore'>>;
  readonly steps: readonly StepFacts[];
  readonly paths: LadderPaths;
}

const hiddenOrConsent: ReadonlySet<string> = new Set(['hidden', 'consent']);

export const lintContext = (form: Form, options: LintOptions = {}): LintContext => {
  const paths = ladderPaths(form);
  const steps = form.steps.map((step, index): StepFacts => {
    const path = formatPath(['steps', index]);
    const traits = stepTraits(step);
    const fields = step.fields.map((field, j) => ({
      field,
      path: traits.fieldPath(path, j),
      friction: fieldFriction(field),
      sensitive: sensitiveAsk(field),
    }));
    const next = paths.next[index] ?? [];
    return {
      index,
      step,
      path,
      name: `step "${step.id}"`,
      traits,
      fields,
      questions: fields.filter(({ field }) => !hiddenOrConsent.has(field.type)),
      friction: stepFriction(step.fields),
      reachable: paths.reachable[index] === true,
      sends:
        !traits.ends &&
        (step.lead ||
          next.length === 0 ||
          next.some((to) => (form.steps[to] ? stepTraits(form.steps[to]).ends : true))),
    };
  });
  return {
    form,
    options: {
      maxFieldsPerStep: options.maxFieldsPerStep ?? 4,
      steepFactor: options.steepFactor ?? 2,
      steepIncrease: options.steepIncrease ?? 4,
    },
    steps,
    paths,
  };
};
