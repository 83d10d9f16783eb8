import type { Problem } from './check-config';
import { element } from './dom';
import type { LineColumn } from './line-column';

/** A "line N" button that moves the editor's caret there. */
export const lineButton = (
  doc: Document,
  at: LineColumn,
  goTo: (at: LineColumn) => void,
): HTMLButtonElement => {
  const button = element(doc, 'button', 'pg-where', `line ${at.line}`);
  button.type = 'button';
  button.setAttribute('aria-label', `Go to line ${at.line}`);
  button.addEventListener('click', () => goTo(at));
  return button;
};

/**
 * Lists the editor's problems, each "line N: message" and its path (a syntax error with its
 * column too), or one "no problems" item. The list is a live region: it is rewritten only when
 * what it says changes, so typing that moves nothing announces nothing.
 */
export const createProblemList = (list: HTMLElement, goTo: (at: LineColumn) => void) => {
  const doc = list.ownerDocument;
  let said: string | undefined;
  return (problems: readonly Problem[]) => {
    const key = JSON.stringify(problems);
    if (key === said) return;
    said = key;
    list.replaceChildren(
      ...(problems.length
        ? problems.map((problem) => {
            const item = element(doc, 'li', 'pg-issue');
            const place = problem.path === undefined ? `, column ${problem.column}` : '';
            item.append(
              lineButton(doc, problem, goTo),
              `${place}: `,
              element(doc, 'span', 'pg-message', problem.message),
            );
            if (problem.path !== undefined)
              item.append(' ', element(doc, 'code', 'pg-path', problem.path || '(the whole config)'));
            return item;
          })
        : [element(doc, 'li', 'pg-ok', 'No problems: the preview shows this config.')]),
    );
  };
};
