import { afterEach } from 'vitest';

// happy-dom keeps one localStorage per test file: each test starts on a device with no
// draft left by the test before it, as each Chromium test opens a fresh context.
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
