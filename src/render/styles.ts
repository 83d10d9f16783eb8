/**
 * The widget's one style sheet, scoped by `.yl` so it also works outside a shadow root.
 * Themable through `--yl-*` custom properties; every default meets WCAG 2.2 AA contrast
 * (text 4.5:1, borders and focus rings 3:1) and targets are at least 24px, in the light theme
 * and in the dark one the `prefers-color-scheme: dark` block switches the defaults to.
 * Inputs, selects and textareas are never under 16px, below which iOS zooms the page on focus.
 */
export const styles = `:host{display:block}
.yl{--a:var(--yl-accent,#1d4ed8);--at:var(--yl-accent-text,#fff);--fg:var(--yl-fg,#1f2328);--m:var(--yl-muted,#57606a);--e:var(--yl-error,#b42318);--b:var(--yl-border,#767676);--r:var(--yl-radius,6px);--g:var(--yl-gap,1rem);--bg:var(--yl-bg,#fff);box-sizing:border-box;max-width:var(--yl-max-width,32rem);padding:var(--g);color:var(--fg);background:var(--bg);font-family:var(--yl-font);line-height:1.5;border-radius:var(--r);text-align:start;text-indent:0;text-transform:none;letter-spacing:normal;word-spacing:normal;white-space:normal;font-style:normal;cursor:auto}
.yl *,.yl *::before{box-sizing:inherit}
.yl-step,.yl-fields,.yl-form,.yl-options{display:grid;gap:var(--g)}
.yl p,.yl h2{margin:0}
.yl h2{font-size:1.375em;line-height:1.25}
.yl fieldset{border:0;margin:0;padding:0;min-width:0}
.yl-field{display:grid;gap:.25rem}
.yl-label,.yl legend{font-weight:600;padding:0}
.yl-req{color:var(--e)}
.yl-hint,.yl-progress-text{color:var(--m);font-size:.875em}
.yl-error{color:var(--e);font-weight:600}
.yl-input{font:inherit;font-size:max(16px,1em);color:inherit;background:var(--bg);width:100%;min-height:2.75rem;padding:.5rem .75rem;border:1px solid var(--b);border-radius:var(--r)}
.yl [aria-invalid=true]{border-color:var(--e);box-shadow:0 0 0 1px var(--e)}
.yl-check{display:flex;gap:.5rem;align-items:flex-start;min-height:24px;padding:.125rem 0}
.yl-check input{width:24px;height:24px;margin:0;flex:none;accent-color:var(--a)}
.yl-actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
.yl-btn,.yl-option,.yl-back{font:inherit;cursor:pointer;min-height:2.75rem;border-radius:var(--r)}
.yl-btn{display:inline-flex;align-items:center;padding:.5rem 1.25rem;border:2px solid var(--a);background:var(--a);color:var(--at);font-weight:600;text-decoration:none}
.yl-option{text-align:start;padding:.75rem 1rem;border:1px solid var(--b);background:none;color:inherit}
.yl-option:hover,.yl-option[aria-pressed=true]{border-color:var(--a);box-shadow:inset 0 0 0 1px var(--a)}
.yl-back{border:0;background:none;color:var(--a);text-decoration:underline;padding:0 .25rem}
.yl [aria-disabled=true],.yl :disabled{opacity:.7;cursor:progress}
.yl :focus-visible{outline:3px solid var(--a);outline-offset:2px}
.yl-title:focus{outline:0}
.yl-progress{display:grid;gap:.25rem;margin-bottom:var(--g)}
.yl-bar{height:.375rem;border-radius:var(--r);background:color-mix(in srgb,var(--b) 30%,transparent);overflow:hidden}
.yl-bar i{display:block;height:100%;background:var(--a);transform-origin:0;transition:transform .3s}
.yl-bar i:dir(rtl){transform-origin:100%}
.yl-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.yl-hp{position:absolute;inset-inline-start:-9999px;width:1px;height:1px;overflow:hidden}
@media (prefers-reduced-motion:reduce){.yl *{transition:none!important}}
@media (prefers-color-scheme:dark){.yl{--a:var(--yl-accent,#8ab4f8);--at:var(--yl-accent-text,#16181d);--fg:var(--yl-fg,#e6edf3);--m:var(--yl-muted,#9da7b3);--e:var(--yl-error,#ff8a80);--b:var(--yl-border,#8b949e);--bg:var(--yl-bg,#16181d)}}`;
