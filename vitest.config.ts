import { defineConfig } from 'vitest/config';

// Tests by cost, each project runnable alone (npm run test:<name>):
//   logic    pure modules and the content checker over small fixtures (seconds)
//   content  the real content/ folder, through the one content loader
//   build    real builds of fixture sites, the dev server, the scaffolder (minutes)
//   site     the built dist/ (HTML, and real headless Chromium); `npm test` builds first
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'logic', include: ['tests/logic/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
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
