// The worker on the real queue (pg-boss in this test's database, installed as at migration time): a job is run by
// one worker only when two are running, a run that throws is retried and then kept as failed, and the stately queue
// never piles up copies of a job waiting behind one another.
import { afterEach, describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/env";
import { jobQueue } from "./job-queue";
import { runWorker } from "./run-worker";

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((s) => s()));
});

async function client() {
  const boss = jobQueue(databaseUrl(), "client");
  boss.on("error", () => {});
  await boss.start();
  stops.push(() => boss.stop({ graceful: false, wait: true }));
  return boss;
}

async function until(what: string, check: () => Promise<boolean>, ms = 15_000) {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the job worker", () => {
  it("runs a job on one of two workers only", async () => {
    const runs: string[] = [];
    for (const name of ["A", "B"]) {
      const w = await runWorker({
        schedule: false,
        tasks: {
          "uploads-cleanup": async () => {
            runs.push(name);
            await new Promise((r) => setTimeout(r, 300));
            return { files: 0 };
          },
        },
      });
      stops.push(w.stop);
    }
    const boss = await client();
    const id = await boss.send("uploads-cleanup", {});
    expect(id).toBeTruthy();
    await until(
      "the job to complete",
      async () => (await boss.getJobById("uploads-cleanup", id!))?.state === "completed",
    );
    // Both workers poll every 2 s: give the other one time to (wrongly) pick it up as well.
    await new Promise((r) => setTimeout(r, 2500));
    expect(runs).toHaveLength(1);
  }, 30_000);

  it("retries a run that throws, then keeps it as failed", async () => {
    let tries = 0;
    const w = await runWorker({
      schedule: false,
      tasks: {
        "deadline-warnings": async () => {
          tries++;
          throw new Error("the task broke");
        },
      },
    });
    stops.push(w.stop);
    const boss = await client();
    // Retries without waiting, so the test need not sit out the queue's 60-second backoff.
    const id = await boss.send("deadline-warnings", {}, { retryLimit: 1, retryDelay: 0, retryBackoff: false });
    await until(
      "the job to fail",
      async () => (await boss.getJobById("deadline-warnings", id!))?.state === "failed",
      20_000,
    );
    expect(tries).toBe(2);
    const job = await boss.getJobById("deadline-warnings", id!);
    expect(JSON.stringify(job?.output)).toContain("the task broke");
  }, 30_000);

  it("keeps at most one copy of a job waiting", async () => {
    const boss = await client();
    const first = await boss.send("audit-export", {});
    const second = await boss.send("audit-export", {});
    expect(first).toBeTruthy();
    expect(second).toBeNull();
  });
});
