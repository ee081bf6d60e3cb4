// The browser tests' side of e2e/support/direct-data.ts: sends it a request and returns its answer.
import { execFile, fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Answers } from "../../lib/form-engine/types";
import type { AssuranceLevel } from "../../lib/accounts/assurance";

const root = path.resolve(__dirname, "../..");

/** Answers come back as `{ ok, result }` or `{ ok: false, error }`. */
type Answer = { ok: boolean; result?: unknown; error?: string };

function settle<T>(answer: Answer, resolve: (v: T) => void, reject: (e: Error) => void) {
  if (answer.ok) resolve(answer.result as T);
  else reject(new Error(`direct data: ${answer.error}`));
}

// One helper process per test worker, started on the first request and ended with the worker (the IPC channel
// closes). The crash-safety tests stop and recreate their database between tests, so they start a process per
// request instead (E2E_DIRECT_DATA=per-request, playwright.resilience.config.ts): a pool kept across that would
// hold dead connections.
let helper: ChildProcess | null = null;
let nextId = 0;
const waiting = new Map<number, (answer: Answer) => void>();

function persistentHelper(): ChildProcess {
  if (helper && helper.connected) return helper;
  const child = fork(path.join(__dirname, "direct-data.ts"), ["--serve"], {
    cwd: root,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  child.on("message", (message: Answer & { id: number }) => {
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  child.on("exit", (code) => {
    for (const done of waiting.values()) done({ ok: false, error: `the helper process ended (${code})` });
    waiting.clear();
    if (helper === child) helper = null;
  });
  // The worker may end while the helper waits for its next request.
  child.unref();
  child.channel?.unref();
  helper = child;
  return child;
}

function runInHelper<T>(request: object, timeout: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error(`direct data: no answer in ${timeout} ms to ${JSON.stringify(request).slice(0, 200)}`));
    }, timeout);
    waiting.set(id, (answer) => {
      clearTimeout(timer);
      settle(answer, resolve, reject);
    });
    persistentHelper().send({ id, request });
  });
}

function runOnce<T>(request: object, timeout: number): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        path.join(root, "node_modules/tsx/dist/cli.mjs"),
        path.join(__dirname, "direct-data.ts"),
        JSON.stringify(request),
      ],
      { cwd: root, timeout },
      (err, stdout, stderr) => {
        // The answer line; the use cases' log lines (asynchronous, so possibly after it) are not answers.
        const last =
          stdout
            .trim()
            .split("\n")
            .findLast((line) => line.startsWith('{"ok":')) ?? "";
        try {
          settle(JSON.parse(last) as Answer, resolve, reject);
        } catch {
          reject(new Error(`direct data failed: ${err?.message ?? ""}\n${stderr}\n${stdout}`));
        }
      },
    );
  });
}

function run<T>(request: object, timeout = 60_000): Promise<T> {
  return process.env.E2E_DIRECT_DATA === "per-request"
    ? runOnce<T>(request, timeout)
    : runInHelper<T>(request, timeout);
}

/** The resident applies for the item with this answer data and submits, through the use cases (no pages). */
export function submitAsResident(mobile: string, slug: string, answers: Answers, channel?: "online" | "terminal") {
  return run<{ id: string; reference: string; uploads: string[] }>({
    op: "submitAsResident",
    mobile,
    slug,
    answers,
    options: channel ? { channel } : undefined,
  });
}

/** The resident submits the item `count` times (a list longer than a page), in one process: about a second each. */
export function submitManyAsResident(mobile: string, slug: string, answers: Answers, count: number) {
  return run<{ id: string; reference: string }[]>(
    { op: "submitManyAsResident", mobile, slug, answers, count },
    Math.max(60_000, count * 6_000),
  );
}

/** The same, but the complete draft is left unsubmitted, after `tamper` answers were saved as a crafted post would. */
export function draftAsResident(mobile: string, slug: string, answers: Answers, tamper: Answers = {}) {
  return run<{ id: string; uploads: string[] }>({
    op: "submitAsResident",
    mobile,
    slug,
    answers,
    options: { submit: false, tamper },
  });
}

/** A new resident account at this assurance level (signs in with the demo password), for a test that changes it. */
export function newResident(assurance: AssuranceLevel) {
  return run<{ mobile: string; idNumber: string; name: string }>({ op: "newResident", assurance });
}

/** A new reviewer account without an authenticator (signs in with the demo password once one is enrolled). */
export function newStaff() {
  return run<{ staffId: string }>({ op: "newStaff" });
}

/** The test phone `mobile` fails its next `failures` messages (0: it receives again). */
export function phoneCoverage(mobile: string, failures: number) {
  return run<{ mobile: string }>({ op: "phoneCoverage", mobile, failures });
}

/** The system's deadline warning for one application, as the scheduled task raises it (see direct-data.ts). */
export function warnDeadline(applicationId: string, kind: "near" | "passed") {
  return run<{ deadline: string }>({ op: "warnDeadline", applicationId, kind });
}

/** The application is accepted and approved by its departments' demo reviewers: decided, ready to be rated. */
export function approveAsReviewers(applicationId: string) {
  return run<{ departmentId: string }>({ op: "approveAsReviewers", applicationId });
}

/** Five applications of March 2024 for the dashboard test (see direct-data.ts: dashboardHistory). */
export function dashboardHistory() {
  return run<{ from: string; to: string }>({ op: "dashboardHistory" });
}
