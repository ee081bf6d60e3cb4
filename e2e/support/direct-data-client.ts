// The browser tests' side of e2e/support/direct-data.ts: runs one request in a tsx process and returns its answer.
import { execFile } from "node:child_process";
import path from "node:path";
import type { Answers } from "../../lib/form-engine/types";
import type { AssuranceLevel } from "../../lib/accounts/assurance";

const root = path.resolve(__dirname, "../..");

function run<T>(request: object, timeout = 60_000): Promise<T> {
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
          const answer = JSON.parse(last) as { ok: boolean; result?: T; error?: string };
          if (answer.ok) resolve(answer.result as T);
          else reject(new Error(`direct data: ${answer.error}`));
        } catch {
          reject(new Error(`direct data failed: ${err?.message ?? ""}\n${stderr}\n${stdout}`));
        }
      },
    );
  });
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
