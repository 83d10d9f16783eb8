import type { StepViewProps } from './step-view';

/** The end: the next small ask, a link when it has an `href`, else a button. */
export const thanksStep = ({ step, send }: StepViewProps) => {
  const offer = step.offer;
  if (!offer) return null;
  // The link still navigates; the click is only measured.
  const click = () => send({ type: 'offer_click' });
  return (
    <div class="yl-actions">
      {offer.href ? (
        <a class="yl-btn" href={offer.href} onClick={click}>
          {offer.label}
        </a>
      ) : (
        <button type="button" class="yl-btn" onClick={click}>
          {offer.label}
        </button>
      )}
    </div>
  );
};
