/**
 * The popover's and modal's own CSS, added to the widget's one sheet. Sizes leave 8px to
 * the viewport's edges; the sheet scrolls inside when a step is taller than the screen (the
 * visible one: `dvh` leaves out a phone browser's toolbars). The popover's narrow-screen
 * bottom sheet is in `popover-styles.ts`, outside the core build.
 *
 * A function, not a string constant: a page that shows inline forms only never makes the
 * string, and does not keep it (1.6 kB of JS heap at step 1, measured by heap snapshot).
 */
export const displayStyles =
  (): string => `.yl-frame{position:fixed;padding:0;border:0;margin:0;background:none;color:inherit;overflow:visible;max-width:calc(100vw - 16px)}
.yl-sheet{position:relative;max-height:calc(100dvh - 16px);overflow:auto;border-radius:var(--yl-radius,6px);box-shadow:0 12px 32px rgb(0 0 0/.28)}
.yl-sheet>.yl{max-width:none}
.yl-sheet>.yl>:first-child{margin-inline-end:2.25rem}
.yl-close{position:absolute;top:.25rem;inset-inline-end:.25rem;width:2.75rem;height:2.75rem;border:0;border-radius:var(--yl-radius,6px);background:none;color:var(--yl-muted,#57606a);font:inherit;font-size:1.75rem;line-height:1;cursor:pointer}
.yl-close:hover{color:var(--yl-fg,#1f2328)}
.yl-close:focus-visible{outline:3px solid var(--yl-accent,#1d4ed8);outline-offset:-3px}
.yl-modal{inset:0;margin:auto;max-height:none;width:min(var(--yl-max-width,32rem),calc(100vw - 16px))}
.yl-modal::backdrop{background:rgb(15 23 42/.55)}
.yl-pop{inset:0;margin:auto;width:min(24rem,calc(100vw - 16px));height:fit-content;z-index:2147483647}
.yl-pop[data-side]{inset:auto;top:0;left:0;margin:0}
.yl-arrow{position:absolute;width:14px;height:14px;background:var(--yl-bg,#fff);transform:rotate(45deg);box-shadow:0 0 6px rgb(0 0 0/.2)}
.yl-pop:not([data-side]) .yl-arrow{display:none}
[data-side=bottom]>.yl-arrow{top:-7px}
[data-side=top]>.yl-arrow{bottom:-7px}
[data-side=left]>.yl-arrow{right:-7px}
[data-side=right]>.yl-arrow{left:-7px}
@media (prefers-color-scheme:dark){.yl-sheet .yl-close{color:var(--yl-muted,#9da7b3)}.yl-sheet .yl-close:focus-visible{outline-color:var(--yl-accent,#8ab4f8)}.yl-pop .yl-arrow{background:var(--yl-bg,#16181d)}}`;
