// The bare baseline (bench/bare-next): a Next.js app of the portal's own Next and React versions (the root
// node_modules), one layout, a static page (/) and a page rendered per request (/dynamic). Built in the same run as the
// portal so that every figure is compared side by side on the same machine, in the same state.
//
//   const bare = await startBareNext({ port: 3990, log });   // builds (unless build: false), then `next start`
//   … bare.url …                                              // http://127.0.0.1:3990
//   await bare.stop();
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const sourceDir = path.resolve(__dirname, "../bare-next");
const nodeModules = fs.realpathSync(path.resolve(__dirname, "../../node_modules"));
const nextBin = path.join(nodeModules, "next/dist/bin/next");
/** Where it is built and served: outside the repository (Turbopack inside it picks up the portal's proxy.ts). */
const appDir = path.join(os.tmpdir(), "portal-bench-bare-next");

/** The deepest folder holding both paths (Turbopack's root must contain the app and the node_modules it uses). */
function commonRoot(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

/** A fresh copy of bench/bare-next (its build folder kept), node_modules linked to the portal's. */
function prepareCopy() {
  fs.mkdirSync(appDir, { recursive: true });
  for (const entry of fs.readdirSync(sourceDir))
    if (!entry.startsWith(".next"))
      fs.cpSync(path.join(sourceDir, entry), path.join(appDir, entry), { recursive: true });
  // The link must be this checkout's node_modules: a copy left by another checkout would load a second React
  // (next from here, react from there) and the build fails with "Cannot read properties of null (useContext)".
  const link = path.join(appDir, "node_modules");
  let target: string | null = null;
  try {
    target = fs.readlinkSync(link);
  } catch {
    // missing
  }
  if (target !== nodeModules) {
    fs.rmSync(link, { recursive: true, force: true });
    fs.symlinkSync(nodeModules, link, "dir");
  }
}

export type BareNext = { url: string; stop: () => Promise<void> };

export type BareNextOptions = {
  port: number;
  /** Build first (default true): `next build` of a copy in <tmp>/portal-bench-bare-next, about 10–20 s on 2 cores. */
  build?: boolean;
  log?: (message: string) => void;
};

function run(args: string[], env: NodeJS.ProcessEnv, log: (m: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: appDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) return resolve();
      log(output);
      reject(new Error(`next ${args.join(" ")} in ${appDir} exited with ${code}`));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the bare Next.js server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the bare Next.js server did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** Builds the bare app (unless told not to) and starts it with `next start` on 127.0.0.1:<port>. */
export async function startBareNext({ port, build = true, log = () => {} }: BareNextOptions): Promise<BareNext> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    BARE_TURBOPACK_ROOT: commonRoot(appDir, nodeModules),
    NEXT_TELEMETRY_DISABLED: "1",
    // Anything the portal's environment sets for its own build must not leak in.
    NEXT_DIST_DIR: undefined,
    NEXT_SKIP_TYPECHECK: undefined,
  };
  prepareCopy();
  if (build) {
    log(`bare Next.js: building bench/bare-next (in ${appDir}) …`);
    const started = Date.now();
    await run(["build"], env, log);
    log(`bare Next.js: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const child = spawn(process.execPath, [nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: appDir,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/`, child);
  } catch (e) {
    child.kill("SIGTERM");
    if (stderr) log(stderr);
    throw e;
  }
  log(`bare Next.js: serving ${url} (/ static, /dynamic per request)`);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}
