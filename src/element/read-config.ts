/** Returned by `readConfigAttribute` when the config script is not on the page yet. */
export const missing: unique symbol = Symbol('missing');

/** Reads JSON, logging one prefixed error (and returning undefined) when it is not JSON. */
const parseJson = (text: string, where: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (error) {
    console.error(`yesladder: the config in ${where} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
};

/** The element a selector names, in the element's own tree first (it may sit in a shadow root), or null. */
const find = (element: Element, selector: string): Element | null => {
  try {
    const root = element.getRootNode() as Partial<ParentNode>;
    return root.querySelector?.(selector) ?? element.ownerDocument.querySelector(selector);
  } catch {
    // Not a selector at all (e.g. "[object Object]" when a framework set an object as the attribute).
    return null;
  }
};

/** Whether the document is still being parsed, so a config script below the element may yet arrive. */
export const stillParsing = (element: Element): boolean => element.ownerDocument.readyState === 'loading';

/**
 * The config a `config` attribute points at: inline JSON when it starts with `{`, else a
 * selector of a `<script type="application/json">` holding it. Logs one error and returns
 * undefined when the attribute names nothing or the JSON is broken; `missing` is returned
 * instead, silently, when the selector matches nothing yet and `quietIfMissing` is set.
 */
export const readConfigAttribute = (
  element: Element,
  value: string,
  quietIfMissing = false,
): unknown | typeof missing => {
  const text = value.trim();
  if (text.startsWith('{')) return parseJson(text, `<yes-ladder config='${text.slice(0, 40)}…'>`);
  const source = find(element, text);
  if (source) return parseJson(source.textContent ?? '', `<yes-ladder config="${value}">`);
  if (quietIfMissing) return missing;
  console.error(
    `yesladder: <yes-ladder config="${value}"> matches no element. Point it at a <script type="application/json" id="…"> holding the config, or write the JSON itself in the attribute.`,
  );
  return undefined;
};
