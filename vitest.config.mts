import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    environment: "node",
    // Whole-world tests (corpus builds, spawned headless shells, perf medians) run long on a 2-core machine under load;
    // a timeout is not what they assert.
    testTimeout: 30_000,
    include: ["simulator/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts", "scripts/**/*.test.ts", "lessons/**/*.test.ts"],
  },
});
