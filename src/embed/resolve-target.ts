/** The element `target` names: itself, or the first match of a selector (else why not). */
export const resolveTarget = (target: Element | string, verb = 'mount'): Element | Error => {
  if (typeof target !== 'string') return target;
  return (
    document.querySelector(target) ??
    new Error(`yesladder: ${verb} target ${JSON.stringify(target)} matches no element on this page.`)
  );
};
