import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Speed is measured by the benchmark (npm run bench), never by a unit test: the property and
    // model-reload tests do real analysis, and on a shared two-core machine vitest's 5 s default
    // would fail them for being slow, not wrong.
    testTimeout: 60_000,
  },
});
