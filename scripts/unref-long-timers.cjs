// Preloaded into the Prisma CLI: its WebAssembly schema engine leaves a 10 s timer behind after `migrate deploy`
// has finished, which keeps the process alive. Long timers must not hold the process open (STACK.md).
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...args) {
  const t = original(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 10_000 && t && typeof t.unref === "function") t.unref();
  return t;
};
