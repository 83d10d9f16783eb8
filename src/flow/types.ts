import type { YesLadderEvent } from '../events/types';
import type { AnswerMap, Form, Value } from '../schema/model';
import type { Issue } from '../validate/issue';

/** Everything the flow knows; `transition` returns a new one, never changes it. */
export interface FlowState {
  readonly form: Form;
  readonly sessionId: string;
  /** Step ids on the path taken; the last is the current step. */
  readonly history: readonly string[];
  readonly answers: AnswerMap;
  /** The shown issue of each field, by name. */
  readonly errors: Readonly<Record<string, Issue>>;
  /** Fields checked as the person types: blurred with a value, or part of a failed attempt. */
  readonly touched: Readonly<Record<string, true>>;
  /** `submitting`/`failed` belong to the final submission; `done` once it arrived. */
  readonly status: 'active' | 'submitting' | 'failed' | 'done';
  /** When the current step was shown, for `duration_ms`. */
  readonly enteredAt: number;
  readonly started: boolean;
  readonly abandoned: boolean;
  /** Why the final submission failed, in the server's words when it gave any. */
  readonly failure?: string;
  /** The step and answers came back from a draft; the first `step_view` says so. */
  readonly restored?: boolean;
  /**
   * Steps the flow passes over (`skipPrefilled`): the page gave their answers. Never shown
   * unless jumped to, they count neither as done nor as ahead, and Back never lands on one.
   */
  readonly skip?: readonly string[];
}

/** What the person (or the host page) did. `at` is the injected clock's time. */
export type Action =
  | { readonly type: 'start'; readonly at: number }
  | { readonly type: 'answer'; readonly name: string; readonly value: Value | undefined }
  | { readonly type: 'blur'; readonly name: string }
  | { readonly type: 'next'; readonly at: number }
  | { readonly type: 'choose'; readonly name: string; readonly value: string; readonly at: number }
  | { readonly type: 'back'; readonly at: number }
  | { readonly type: 'go_to'; readonly stepId: string; readonly at: number }
  | { readonly type: 'submitted'; readonly submission: 'lead' | 'final'; readonly at: number }
  | {
      readonly type: 'submit_failed';
      readonly submission: 'lead' | 'final';
      readonly reason: string;
      readonly message?: string;
      readonly at: number;
    }
  | { readonly type: 'retry'; readonly at: number }
  | { readonly type: 'abandon'; readonly at: number }
  | { readonly type: 'offer_click'; readonly at: number };

/** An event as the flow emits it: `values` still holds every answer, tracked or not. */
export type FlowEvent = YesLadderEvent;

/** Work for the world outside the flow, carried out by the store in `embed/`. */
export type Effect =
  | { readonly type: 'emit'; readonly event: FlowEvent }
  | {
      readonly type: 'submit';
      readonly submission: 'lead' | 'final';
      readonly stepId: string;
      readonly answers: AnswerMap;
    }
  | { readonly type: 'focus'; readonly target: 'step' }
  | { readonly type: 'focus'; readonly target: 'field'; readonly name: string };

export interface Transition {
  readonly state: FlowState;
  readonly effects: readonly Effect[];
}
