import { computePosition, flip, offset, type Placement, shift } from '@floating-ui/dom';

export interface AnchorOptions {
  /** Which side of the reference, as floating-ui names it. @default "bottom" */
  readonly placement?: Placement;
  /** An element inside `floating` that points at the reference (positioned along one axis). */
  readonly arrow?: HTMLElement;
  /** Gap between the reference and the floating element, in px. @default 12 */
  readonly gap?: number;
}

/** Keeps the floating element this far from the viewport's edges when it flips or shifts. */
const EDGE = 8;

const px = (n: number | undefined): string => (n == null ? '' : `${n}px`);

/**
 * Points `arrow` at the middle of `reference`, along the side of `floating` it sits on, kept
 * `EDGE` px inside that side's ends (what floating-ui's arrow middleware does for us, in a few lines and 0.23 kB less).
 */
const placeArrow = (
  arrow: HTMLElement,
  floating: HTMLElement,
  reference: Element,
  placement: Placement,
  x: number,
  y: number,
) => {
  const target = reference.getBoundingClientRect();
  const across = /^(top|bottom)/.test(placement);
  const [middle, size, room] = across
    ? [target.left + target.width / 2 - x, arrow.offsetWidth, floating.offsetWidth]
    : [target.top + target.height / 2 - y, arrow.offsetHeight, floating.offsetHeight];
  const at = px(Math.min(Math.max(middle - size / 2, EDGE), room - size - EDGE));
  arrow.style.left = across ? at : '';
  arrow.style.top = across ? '' : at;
};

/**
 * Calls `update` whenever the reference may have moved: any scroll (captured at the window,
 * so a scrolling container's as well), a resize of the window, of either element or of the
 * page (content loading above the reference moves it). What floating-ui's `autoUpdate` did
 * for us, less its intersection observer, for 0.55 kB less.
 */
const track = (reference: Element, floating: HTMLElement, update: () => void): (() => void) => {
  const doc = floating.ownerDocument;
  const win = doc.defaultView;
  const listen = { capture: true, passive: true };
  win?.addEventListener('scroll', update, listen);
  win?.addEventListener('resize', update, listen);
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
  for (const element of [reference, floating, doc.documentElement]) resized?.observe(element);
  update();
  return () => {
    win?.removeEventListener('scroll', update, listen);
    win?.removeEventListener('resize', update, listen);
    resized?.disconnect();
  };
};

/**
 * Places `floating` next to `reference` (offset, flipped to the side with room, shifted
 * into view, arrow centred on the reference) and keeps it there as the page scrolls or
 * resizes, until the returned cleanup is called. `strategy: 'fixed'` because the floating
 * element is a top-layer popover (floating-ui/floating-ui#2781). The side finally used is
 * written to `floating.dataset.side` (`top`, `right`, `bottom`, `left`) for the arrow's CSS.
 *
 * This module is the only importer of @floating-ui/dom: load it lazily (see
 * `embed/display/load-anchor.ts`) so pages without a popover never download it; the core
 * script-tag build has no popover frame at all (`popover-frame.none.ts`).
 */
export const anchor = (
  floating: HTMLElement,
  reference: Element,
  options: AnchorOptions = {},
): (() => void) => {
  let live = true;
  const { arrow } = options;
  const update = () => {
    computePosition(reference, floating, {
      strategy: 'fixed',
      placement: options.placement ?? 'bottom',
      middleware: [offset(options.gap ?? 12), flip({ padding: EDGE }), shift({ padding: EDGE })],
    }).then(
      ({ x, y, placement }) => {
        // A position computed before close() must not move a hidden element.
        if (!live) return;
        floating.dataset.side = placement.split('-')[0];
        floating.style.left = px(x);
        floating.style.top = px(y);
        if (arrow) placeArrow(arrow, floating, reference, placement, x, y);
      },
      // A detached reference rejects: the popover stays where it was, the page is untouched.
      () => {},
    );
  };
  const stop = track(reference, floating, update);
  return () => {
    live = false;
    stop();
  };
};
