/**
 * The rules of what only the runtime draws (the review step, the error summary, a failed
 * send's alert), in a sheet of their own that the runtime adds beside the first: a first
 * paint (a first step, no error yet) carries none of them. A module of its own, so the split
 * build's first script, which hands its modules to the runtime, never holds it.
 */
export const laterStyles = `.yl-review{margin:0}
.yl-review div{display:flex;flex-wrap:wrap;align-items:center;gap:0 1rem;padding:.25rem 0;border-bottom:1px solid var(--b)}
.yl-review dt{font-weight:600;flex-basis:100%}
.yl-review dd{margin:0;flex:1;overflow-wrap:anywhere}
.yl-review dd+dd{flex:none}
.yl-alert{display:grid;gap:.5rem;justify-items:start;margin-top:var(--g);padding:.75rem;border:2px solid var(--e);border-radius:var(--r)}
.yl-summary{margin:0 0 var(--g);padding:.75rem;border:2px solid var(--e);border-radius:var(--r)}
.yl-summary-title{margin:0;font-size:1em}
.yl-summary ul{margin:.25rem 0 0;padding:0;list-style:none}
.yl-summary a{color:var(--e);font-weight:600;display:inline-block;min-height:24px}`;
