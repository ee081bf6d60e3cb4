// Next.js's server modules (next/server's request handling, proxy.ts) expect the AsyncLocalStorage that a Next server
// puts on globalThis before it loads them. A unit test that imports them installs it first with this module, imported
// before anything from Next.
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
