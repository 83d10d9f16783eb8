import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, test } from 'vitest';

// This folder runs twice: in the `dom` project on React 19 and in `react18` aliased to React 18.
test('runs the React component tests on the React major its project names', () => {
  expect(version.split('.')[0]).toBe(process.env.EXPECT_REACT_MAJOR);
  expect(domVersion).toBe(version);
});
