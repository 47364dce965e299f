import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Two projects: `unit` (fast, in Node or happy-dom, the fake browser from WxtVitest) and `e2e`
// (the built extension in real Chromium; run after `wxt build`, see package.json "test").
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        define: { 'import.meta.env.BROWSER': JSON.stringify('chrome') },
        test: {
          name: 'unit',
          include: ['utils/**/*.test.ts', 'tests/fixtures/**/*.test.ts', 'components/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'cli/**/*.test.ts', 'entrypoints/**/*.test.ts'],
          mockReset: true,
          restoreMocks: true,
          // Several tests walk the whole corpus (over 70 articles); on two busy cores that can pass vitest's
          // default 5 s. Speed is for the benchmarks; here the limit only catches a test that hangs.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One browser at a time: the machine has two cores and each test starts Chromium.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
