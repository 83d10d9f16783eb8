/** An element with a class and text, made in `doc`; text goes in as text, never as HTML. */
export const element = <K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const made = doc.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
};

/** The page's element with this id, checked to be the kind the playground expects. */
export const byId = <T extends Element>(doc: Document, id: string, kind: { new (): T; name: string }): T => {
  const found = doc.getElementById(id);
  const win = doc.defaultView as (Window & Record<string, unknown>) | null;
  // The element classes of the document's own window: happy-dom and iframes have their own.
  const expected = (win?.[kind.name] as typeof kind | undefined) ?? kind;
  if (!(found instanceof expected))
    throw new Error(
      `yesladder playground: the page has no ${kind.name} #${id}; render playgroundBody() into it.`,
    );
  return found;
};
