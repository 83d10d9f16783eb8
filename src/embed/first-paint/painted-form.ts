import type { ViewAction } from '../../render/view-types';
import type { AnswerMap } from '../../schema/model';
import type { Frame } from '../display/frame';
import type { Host } from '../host';
import type { MountOptions } from '../mount-options';

/**
 * A form the first script (`yesladder.js`) painted before the runtime arrived: its first
 * step, rendered by the same components into `frame.container`, with everything the person
 * did since, stamped with when they did it. The runtime's `mount` takes it over in place.
 */
export interface PaintedForm {
  readonly target: Element;
  /** The config as the page gave it; the runtime checks it in full. */
  readonly config: unknown;
  readonly host: Host;
  readonly frame: Frame;
  /** The DOM ids' prefix the first paint used. */
  readonly uid: string;
  /** When the first step was shown (`Date.now()`): the form's `form_view`. */
  readonly shownAt: number;
  /** What the person did before the runtime arrived, in order. */
  readonly actions: readonly { readonly action: ViewAction; readonly at: number }[];
  /** A copy of what the person has typed so far. */
  answers(): AnswerMap;
  /** The options of the `yesladder('mount', …)` call it was painted for, for the runtime's mount. */
  readonly options?: MountOptions;
}
