/** The build-time facts the page carries in `<script type="application/json" id="playground-data">`. */
export interface PlaygroundData {
  /** The yesladder version the snippet pins. */
  readonly version: string;
  /** Where that version's `dist/` is served: `https://cdn.jsdelivr.net/npm/yesladder@<version>/dist/`. */
  readonly cdn: string;
  /** `sha384-…` of each script-tag build the snippet may load, by file name. */
  readonly integrity: Readonly<Record<string, string>>;
  /** The config the editor starts with. */
  readonly config: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads and checks the page's playground data; throws, naming what is wrong, on a page built wrong. */
export const readPlaygroundData = (doc: Document): PlaygroundData => {
  const script = doc.getElementById('playground-data');
  if (!script) throw new Error('yesladder playground: the page has no #playground-data script.');
  let data: unknown;
  try {
    data = JSON.parse(script.textContent ?? '');
  } catch (error) {
    throw new Error(`yesladder playground: #playground-data is not JSON (${(error as Error).message}).`);
  }
  const { version, cdn, integrity, config } = isRecord(data) ? data : {};
  const hashes = isRecord(integrity) ? Object.values(integrity) : [];
  if (
    typeof version !== 'string' ||
    typeof cdn !== 'string' ||
    !isRecord(integrity) ||
    !hashes.every((hash) => typeof hash === 'string') ||
    config === undefined
  )
    throw new Error(
      'yesladder playground: #playground-data must be { "version": string, "cdn": string, "integrity": { [file]: "sha384-…" }, "config": {…} }.',
    );
  return { version, cdn, integrity: integrity as Record<string, string>, config };
};
