import type { FormConfig, OptionConfig } from './config';

type OptionValue<O> = O extends string
  ? O
  : O extends { readonly value: infer V extends string }
    ? V
    : string;
type OptionsOf<T> = T extends { readonly options: readonly (infer O)[] } ? OptionValue<O> : string;

/** The answer type of one field config. */
export type FieldValue<F> = F extends { readonly type: 'number' }
  ? number
  : F extends { readonly type: 'consent' }
    ? boolean
    : F extends { readonly type: 'checkbox'; readonly options: readonly OptionConfig[] }
      ? readonly OptionsOf<F>[]
      : F extends { readonly type: 'checkbox' }
        ? boolean
        : F extends { readonly type: 'select' | 'choice' | 'radio' }
          ? OptionsOf<F>
          : string;

type StepAnswers<S> = S extends { readonly type: 'choice' }
  ? {
      [K in S extends { readonly name: infer N extends string }
        ? N
        : S extends { readonly id: infer I extends string }
          ? I
          : never]?: OptionsOf<S>;
    }
  : S extends { readonly fields: readonly (infer F)[] }
    ? {
        [Field in F as Field extends { readonly name: infer N extends string }
          ? N
          : never]?: FieldValue<Field>;
      }
    : Record<never, never>;

type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The steps of every A/B arm that brings its own. */
type ArmSteps<C> = C extends { readonly variants: infer V }
  ? V[keyof V] extends infer Arm
    ? Arm extends { readonly steps: readonly (infer S)[] }
      ? S
      : never
    : never
  : never;

/**
 * The answers a config collects, by field name, each typed by its field: `number` for
 * number fields, `boolean` for consent, the option values for choices. Every key is
 * optional: the person may not have reached that step, or the branch or the A/B arm
 * shown skipped it.
 */
export type AnswersOf<C extends FormConfig> = Flatten<
  Intersect<StepAnswers<C['steps'][number] | ArmSteps<C>>>
>;

/**
 * Types a config in place, so `answers` are inferred from it. Does nothing at run
 * time: call `parseForm` (or just `mount`) to check the config.
 *
 * @example
 * const guide = defineForm({ id: 'guide', steps: [{ id: 'email', fields: [{ name: 'email', type: 'email' }] }] });
 * mount('#signup', guide, { onSubmit: (answers) => answers.email }); // answers.email: string | undefined
 */
export const defineForm = <const C extends FormConfig>(config: C): C => config;
