import type { Plugin } from 'esbuild';

export const withoutPopover: Plugin;
export const withoutAttach: Plugin;
export const sinksInline: Plugin;
export function lintAtMount(dev: boolean): Plugin;

/** One `<script>` file of dist/: `name` (dist/<name>.js), its entry module and module swaps. */
export interface ScriptBuild {
  readonly name: string;
  readonly entry: string;
  readonly plugins: readonly Plugin[];
  /** @default true */
  readonly minify?: boolean;
}

export const scriptBuilds: readonly ScriptBuild[];
