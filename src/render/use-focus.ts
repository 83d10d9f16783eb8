import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { controlNamed } from './error-summary';
import type { FocusRequest } from './view-types';

/**
 * Carries out the flow's focus effect each time its `seq` changes, never on the first
 * render: on load the widget must not take focus or scroll the host page. A step
 * focuses its heading when the heading is visible, else its first control; a failed step
 * focuses its error summary when there is one, else the first invalid control.
 */
export const useFocus = (
  root: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
  focus: FocusRequest | undefined,
  uid: string,
  titled: boolean,
  summary?: RefObject<HTMLElement | null>,
): void => {
  const seen = useRef(focus?.seq);
  useEffect(() => {
    const box = root.current;
    if (!focus || focus.seq === seen.current || !box) return;
    seen.current = focus.seq;
    const target =
      focus.target === 'field'
        ? (summary?.current ?? controlNamed(box, `${uid}-${focus.name}`))
        : titled
          ? undefined
          : box.querySelector<HTMLElement>('.yl-step :is(input,select,textarea,button,a[href])');
    (target ?? heading.current)?.focus();
  });
};
