import { YesLadderElement } from './element/yes-ladder-element';
import type { EventName, YesLadderEvent } from './events/types';

export { YesLadderElement } from './element/yes-ladder-element';

/** The DOM events a form dispatches (bubbling, composed): `yesladder:event` and `yesladder:<name>`. */
export type YesLadderEventMap = { [N in EventName as `yesladder:${N}`]: CustomEvent<YesLadderEvent> } & {
  'yesladder:event': CustomEvent<YesLadderEvent>;
};

declare global {
  interface HTMLElementTagNameMap {
    'yes-ladder': YesLadderElement;
  }
  interface HTMLElementEventMap extends YesLadderEventMap {}
  interface DocumentEventMap extends YesLadderEventMap {}
}

// The package's one definition at import (listed in `sideEffects`); guarded so a server
// render or a second copy of this entry does nothing.
if (typeof customElements !== 'undefined' && !customElements.get('yes-ladder')) {
  customElements.define('yes-ladder', YesLadderElement);
}
