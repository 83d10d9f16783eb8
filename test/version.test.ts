import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { version } from '../src/version';

test('the exported version is the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  expect(version).toBe(pkg.version);
});
