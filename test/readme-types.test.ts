import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, expect, test } from 'vitest';
import { root, writeExamples } from './readme-examples';

const { out, blocks, cleanup } = writeExamples('readme-types');
afterAll(cleanup);

test('every TypeScript example in the README type-checks under the strict settings', {
  timeout: 60_000,
}, () => {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  const program = ts.createProgram(
    blocks.map((b) => b.file),
    { ...config?.options, noEmit: true },
  );
  const problems = ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file?.fileName.slice(out.length + 1)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
  expect(problems).toEqual([]);
});
