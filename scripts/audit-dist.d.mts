/** One forbidden pattern found (or found a different number of times than audited) in one file. */
export interface AuditFinding {
  readonly file?: string;
  readonly pattern?: string;
  readonly found?: number;
  readonly allowed?: number;
  /** What is wrong and how to fix it, one line. */
  readonly message: string;
}

/** An audited exception: `count` times `pattern` in files whose name matches `file`, and why. */
export interface AllowEntry {
  readonly file: RegExp;
  readonly pattern: string;
  readonly count: number;
  readonly reason: string;
}

/** What may not appear in a built file, by name. */
export const FORBIDDEN: Readonly<Record<string, RegExp>>;
export const ALLOWLIST: readonly AllowEntry[];
export const FORBIDDEN_IN_SOURCE: Readonly<Record<string, RegExp>>;

/** The findings for `files` (`name` relative to dist/). */
export function auditFiles(
  files: readonly { readonly name: string; readonly code: string }[],
  options?: { forbidden?: Readonly<Record<string, RegExp>>; allowlist?: readonly AllowEntry[] },
): AuditFinding[];

/** Audits the built JavaScript in `dist` and the sources in `src`. */
export function auditBuild(options?: { dist?: string; src?: string }): {
  files: number;
  findings: AuditFinding[];
};
