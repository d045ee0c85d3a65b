import { defineConfig } from 'vitest/config';

// unit: plain TypeScript modules and the content checker (no build needed).
// site: the built dist/ in real headless Chromium; `npm test` builds first.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: CI machines have 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
