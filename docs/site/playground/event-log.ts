import type { YesLadderEvent } from '../../../src/events/types';
import { element } from './dom';

/** The fields every event carries; the log shows an event's own fields beside its name and step. */
const common = new Set([
  'name',
  'event_version',
  'form_id',
  'variant',
  'session_id',
  'step_id',
  'step_index',
  'step_count',
  'timestamp',
]);

/** An event's own fields (`direction`, `duration_ms`, `values`…) as compact JSON; `''` when it has none. */
export const ownFields = (event: YesLadderEvent): string => {
  const own = Object.entries(event).filter(([key]) => !common.has(key));
  return own.length ? JSON.stringify(Object.fromEntries(own)) : '';
};

export interface EventLog {
  add(event: YesLadderEvent): void;
  clear(): void;
  destroy(): void;
}

/** The most entries kept: a long session in the preview must not grow the page without end. */
const KEEP = 200;

/** The preview's events, newest last, each its name, step and own fields; the Clear button empties it. */
export const createEventLog = (list: HTMLElement, clearButton: HTMLButtonElement): EventLog => {
  const doc = list.ownerDocument;
  const clear = () => list.replaceChildren();
  clearButton.addEventListener('click', clear);
  return {
    add(event) {
      const item = element(doc, 'li', 'pg-event');
      item.append(
        element(doc, 'code', 'pg-event-name', event.name),
        ' ',
        element(doc, 'span', 'pg-event-step', event.step_id),
      );
      const fields = ownFields(event);
      if (fields) item.append(' ', element(doc, 'code', 'pg-event-fields', fields));
      list.append(item);
      while (list.children.length > KEEP) list.firstElementChild?.remove();
      list.scrollTop = list.scrollHeight;
    },
    clear,
    destroy() {
      clearButton.removeEventListener('click', clear);
    },
  };
};
