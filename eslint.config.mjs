import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-test/**",
      "lib/db/generated/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      // Prisma stays inside lib/ (ARCHITECTURE.md): pages and components call use cases instead.
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "**/db/generated/**"], message: "Import Prisma only under lib/." }] },
      ],
    },
  },
  { files: ["lib/**", "prisma/**", "scripts/**", "types/**"], rules: { "no-restricted-imports": "off" } },
  // Playwright fixtures call their own `use()`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];
export default config;
