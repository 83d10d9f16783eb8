/**
 * The widget's one style sheet, scoped by `.yl` so it also works outside a shadow root.
 * Themable through `--yl-*` custom properties; every default meets WCAG 2.2 AA contrast
 * (text 4.5:1, borders and focus rings 3:1) and targets are at least 24px.
 */
export const styles = `:host{display:block}
.yl{--a:var(--yl-accent,#1d4ed8);--at:var(--yl-accent-text,#fff);--fg:var(--yl-fg,#1f2328);--m:var(--yl-muted,#57606a);--e:var(--yl-error,#b42318);--b:var(--yl-border,#767676);--r:var(--yl-radius,6px);--g:var(--yl-gap,1rem);box-sizing:border-box;max-width:var(--yl-max-width,32rem);padding:var(--g);color:var(--fg);background:var(--yl-bg,#fff);font-family:var(--yl-font);line-height:1.5;border-radius:var(--r);text-align:start;text-indent:0;text-transform:none;letter-spacing:normal;word-spacing:normal;white-space:normal;font-style:normal;cursor:auto}
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
.yl-input{font:inherit;color:inherit;background:var(--yl-bg,#fff);width:100%;min-height:2.75rem;padding:.5rem .75rem;border:1px solid var(--b);border-radius:var(--r)}
.yl [aria-invalid=true]{border-color:var(--e);box-shadow:0 0 0 1px var(--e)}
.yl-check{display:flex;gap:.5rem;align-items:flex-start;min-height:24px;padding:.125rem 0}
.yl-check input{width:1.25rem;height:1.25rem;margin:.125rem 0 0;flex:none;accent-color:var(--a)}
.yl-actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
.yl-btn,.yl-option,.yl-back{font:inherit;cursor:pointer;min-height:2.75rem;border-radius:var(--r)}
.yl-btn{display:inline-flex;align-items:center;padding:.5rem 1.25rem;border:2px solid var(--a);background:var(--a);color:var(--at);font-weight:600;text-decoration:none}
.yl-option{text-align:left;padding:.75rem 1rem;border:1px solid var(--b);background:none;color:inherit}
.yl-option:hover,.yl-option[aria-pressed=true]{border-color:var(--a);box-shadow:inset 0 0 0 1px var(--a)}
.yl-back{border:0;background:none;color:var(--a);text-decoration:underline;padding:0 .25rem}
.yl [aria-disabled=true],.yl :disabled{opacity:.7;cursor:progress}
.yl :focus-visible{outline:3px solid var(--a);outline-offset:2px}
.yl-title:focus{outline:0}
.yl-progress{display:grid;gap:.25rem;margin-bottom:var(--g)}
.yl-bar{height:.375rem;border-radius:var(--r);background:color-mix(in srgb,var(--b) 30%,transparent);overflow:hidden}
.yl-bar i{display:block;height:100%;background:var(--a);transition:width .3s}
.yl-alert{display:grid;gap:.5rem;justify-items:start;margin-top:var(--g);padding:.75rem;border:2px solid var(--e);border-radius:var(--r)}
.yl-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.yl-hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
@media (prefers-reduced-motion:reduce){.yl *{transition:none!important}}`;
