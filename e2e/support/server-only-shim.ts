// The browser tests build some of their data with the portal's own use cases (e2e/support/direct-data.ts), in the
// test runner's Node process. Those modules start with `import "server-only"`, which throws anywhere but in a React
// server bundle; here it is mapped to an empty module. Nothing of this reaches the portal's build.
import Module from "node:module";

type Resolve = (request: string, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve };
const original = mod._resolveFilename;
const empty = require.resolve("../../lib/test-support/integration/empty-module.ts");
mod._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === "server-only" ? empty : original.call(this, request, ...rest);
};
