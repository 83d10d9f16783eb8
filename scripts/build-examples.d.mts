import type { Rolldown } from 'vite';

/** Builds examples/<app> (a Vite app) into `outDir`; returns what Rolldown wrote. */
export function buildExample(
  app: string,
  options: { readonly outDir: string; readonly mode?: string },
): Promise<Rolldown.RolldownOutput>;

/** Builds examples/element.html and its bundled script into `outDir`. */
export function buildElementPage(options: { readonly outDir: string }): Promise<Rolldown.RolldownOutput>;
