import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-test/**",
      ".next-bench/**",
      "bench/bare-next/.next*/**",
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
  // Product code logs through `log` (lib/log/logger.ts): JSON lines with the request id, personal data scrubbed.
  // Tests, test support, CLI scripts and the embedded database launcher (it talks to a developer at a terminal
  // through `npm run dev` and the test servers, never in production) may print.
  { files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"], rules: { "no-console": "error" } },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "lib/test-support/**", "lib/db/embedded-server.ts"],
    rules: { "no-console": "off" },
  },
  // Playwright fixtures call their own `use()`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];
export default config;
