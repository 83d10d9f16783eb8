/** What `buildDocs` wrote: the version, every HTML page (relative to the site's folder), the SRI hashes. */
export interface BuiltSite {
  readonly version: string;
  readonly pages: readonly string[];
  readonly integrity: Readonly<Record<string, string>>;
}

/** Builds the docs site into `outdir` (default: the repository's site/). Needs dist/ built. */
export function buildDocs(outdir?: string): Promise<BuiltSite>;
