import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "locales/**/*.test.ts"],
    environment: "node",
    reporters: ["default", ["json", { outputFile: "test-results/unit.json" }]],
  },
});
