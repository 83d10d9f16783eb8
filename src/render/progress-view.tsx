/** "Step 2 of 3" in words, and the same as a bar for eyes only. */
export const ProgressView = ({ text, current, total }: { text: string; current: number; total: number }) => (
  <div class="yl-progress">
    <p class="yl-progress-text">{text}</p>
    <div class="yl-bar" aria-hidden="true">
      {/* Set through CSSOM by Preact, so a strict style-src CSP allows it. A scale, not a width:
          the bar then grows on the compositor, with no layout or paint of the form each frame. */}
      <i style={{ transform: `scaleX(${total ? Math.round((current / total) * 100) / 100 : 0})` }} />
    </div>
  </div>
);
