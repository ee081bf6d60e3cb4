import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: [
      "lib/**/*.test.ts",
      "locales/**/*.test.ts",
      "scripts/**/*.test.ts",
      "e2e/support/**/*.test.ts",
      "bench/lib/**/*.test.ts",
    ],
    exclude: ["**/*.int.test.ts", "**/node_modules/**"],
    environment: "node",
    reporters: ["default", ["json", { outputFile: "test-reports/unit.json" }]],
  },
});
