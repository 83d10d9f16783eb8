/**
 * Writes the split script build, dist/yesladder.js and dist/yesladder.runtime.js, into
 * `outdir` (default dist/); returns the modules the first script hands the runtime.
 */
export function buildSplit(outdir?: string): Promise<{ modules: string[] }>;
