import { type ConfigCheck, checkConfig } from './check-config';
import { createGutter } from './gutter';
import { type LineColumn, offsetOf } from './line-column';
import { createProblemList } from './problem-list';

export interface EditorParts {
  readonly textarea: HTMLTextAreaElement;
  /** Where the line numbers go. */
  readonly gutter: HTMLElement;
  /** The problem list (a live region), which describes the textarea. */
  readonly issues: HTMLElement;
}

export interface Editor {
  /** Replaces the text and checks it at once. */
  load(text: string): void;
  /** Moves the caret to a place in the text. */
  goTo(at: LineColumn): void;
  destroy(): void;
}

const lineCount = (text: string): number => text.split('\n').length;

/**
 * The config editor: a textarea with line numbers, checked `wait` ms after the last keystroke;
 * its problems are listed, marked in the gutter and on the textarea (`aria-invalid`), and every
 * check is handed to `onCheck` with the text it was made of.
 */
export const createEditor = (
  { textarea, gutter, issues }: EditorParts,
  onCheck: (check: ConfigCheck, text: string) => void,
  wait = 250,
): Editor => {
  const lines = createGutter(gutter, textarea);
  const goTo = (at: LineColumn) => {
    const offset = offsetOf(textarea.value, at);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
  };
  const list = createProblemList(issues, goTo);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    clearTimeout(timer);
    timer = undefined;
    const text = textarea.value;
    const result = checkConfig(text);
    list(result.problems);
    lines.mark(new Set(result.problems.map((problem) => problem.line)));
    textarea.setAttribute('aria-invalid', String(result.kind !== 'valid'));
    onCheck(result, text);
  };
  const typed = () => {
    // Numbers keep up with every keystroke; the check waits for a pause.
    lines.count(lineCount(textarea.value));
    clearTimeout(timer);
    timer = setTimeout(check, wait);
  };
  textarea.addEventListener('input', typed);

  return {
    load(text) {
      textarea.value = text;
      lines.count(lineCount(text));
      check();
    },
    goTo,
    destroy() {
      clearTimeout(timer);
      textarea.removeEventListener('input', typed);
      lines.destroy();
    },
  };
};
