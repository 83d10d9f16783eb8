import { formatFindings } from '../lint/format-findings';
import { lintModel } from '../lint/lint-model';
import type { Form } from '../schema/model';

/** The form ids already told about on this page. */
const told = new Set<string>();

/**
 * Logs the friction linter's errors and warnings about a form as one `console.warn`, once
 * per form id on a page: a form mounted again (a single-page app, two copies) is not told
 * twice. Info findings are left to `yesladder lint`. Development only: loaded by
 * `lintInDev`, or built into yesladder.dev.global.js.
 */
export const logLint = (form: Form): void => {
  if (told.has(form.id)) return;
  told.add(form.id);
  const findings = lintModel(form).filter((finding) => finding.severity !== 'info');
  if (!findings.length) return;
  console.warn(
    `yesladder: the friction linter on form "${form.id}" (development builds only; \`npx yesladder lint config.json\` checks a config in CI):\n\n${formatFindings(findings, { form })}`,
  );
};
