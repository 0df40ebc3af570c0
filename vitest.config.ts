import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/test/**/*.test.ts",
      "tests/**/*.test.ts",
      "actions/test/**/*.test.ts",
      "scripts/test/**/*.test.ts",
    ],
    globalSetup: ["scripts/vitest-global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // most tests wait on child processes (git, node, the simulator): two files at a time on two
    // cores measured 372 s against 478 s one at a time (vitest's default there is one worker)
    maxWorkers: 2,
  },
});
