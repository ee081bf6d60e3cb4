// Test data built with the portal's own use cases, straight into the test server's database, for tests about what
// happens *after* an application exists (review, progress, access rules). The journeys that test the forms
// themselves still go through the pages. Same rules as the portal (step schemas, consent, submit), no shortcuts
// into the tables; a use case that refuses makes the test fail here, with its errors.
// Runs under tsx in a process of its own (e2e/support/direct-data-client.ts starts it): the generated Prisma client
// is an ES module that Playwright's own loader cannot run.
import "./server-only-shim";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { planDatabase } from "../../lib/db/database-plan";
import { isReachableByOthers } from "../../lib/db/fs-reachability";
import { localDataKeys } from "../../scripts/local-data-keys";

// The same database the test server uses (scripts/serve-test.ts plans it the same way).
process.env.DATABASE_URL ??= planDatabase({
  env: process.env,
  projectDir: path.resolve(__dirname, "../.."),
  tmpDir: os.tmpdir(),
  profile: "test",
  isReachableByOthers,
}).url;
// This helper writes data and exits: the test server's worker sends the messages its use cases queue, as it would
// for the server's own requests (a delivery cut short by the exit would hold a message leased for minutes).
process.env.OUTBOX_AFTER_COMMIT = "off";
// The test server's field-encryption keys (scripts/run-portal.ts keeps them in the same file).
Object.assign(process.env, localDataKeys(path.resolve(__dirname, "../.."), "test"));

/* eslint-disable @typescript-eslint/no-require-imports -- loaded after DATABASE_URL is set and the shim installed */
const { db } = require("../../lib/db/client") as typeof import("../../lib/db/client");
const { getService } = require("../../lib/services") as typeof import("../../lib/services");
const { visibleFields, visibleSteps } =
  require("../../lib/form-engine/journey") as typeof import("../../lib/form-engine/journey");
const { startApplication } =
  require("../../lib/applications/draft/start-application") as typeof import("../../lib/applications/draft/start-application");
const { saveStep } =
  require("../../lib/applications/draft/save-step") as typeof import("../../lib/applications/draft/save-step");
const { storeUpload } =
  require("../../lib/applications/uploads/store-upload") as typeof import("../../lib/applications/uploads/store-upload");
const { submitApplication } =
  require("../../lib/applications/submit/submit-application") as typeof import("../../lib/applications/submit/submit-application");
const { grantConsents } = require("../../lib/profile/consents") as typeof import("../../lib/profile/consents");
const { warnDeadlineOf } =
  require("../../lib/jobs/tasks/warn-deadlines-near") as typeof import("../../lib/jobs/tasks/warn-deadlines-near");
const { transitionApplication } =
  require("../../lib/applications/transition/transition-application") as typeof import("../../lib/applications/transition/transition-application");
const { deliveriesSettled } =
  require("../../lib/notifications/deliver-outbox") as typeof import("../../lib/notifications/deliver-outbox");
const { hashPassword } = require("../../lib/auth/password") as typeof import("../../lib/auth/password");
const { idCheckDigit } = require("../../lib/validators/id-number") as typeof import("../../lib/validators/id-number");
const { profileWithIdNumber, sealProfileData } =
  require("../../lib/profile/sealed-fields") as typeof import("../../lib/profile/sealed-fields");
/* eslint-enable @typescript-eslint/no-require-imports */
import type { Answers } from "../../lib/form-engine/types";
import type { AssuranceLevel } from "../../lib/accounts/assurance";

const FILES = path.join(__dirname, "..", "files");

/**
 * The resident (by mobile) applies online for an item with this answer data and submits, as the pages would do it:
 * consent where the item asks for it, each file field's files uploaded and checked, each visible step saved through
 * its schema, then submitted. Returns the application's id and reference.
 */
export async function submitAsResident(
  mobile: string,
  slug: string,
  answerData: Answers,
  opts: DraftOptions = {},
): Promise<{ id: string; reference: string | null; uploads: string[] }> {
  const service = getService(slug);
  if (!service) throw new Error(`no service ${slug}`);
  const user = await db.user.findUnique({ where: { mobile }, select: { id: true } });
  if (!user) throw new Error(`no resident ${mobile}`);
  if (service.sensitive?.length) await grantConsents(user.id, service, [...service.sensitive]);
  const channel = opts.channel ?? "online";
  const app = await startApplication({ applicantId: user.id, enteredById: user.id, service, channel });
  const acting = {
    applicantId: user.id,
    actor: { id: user.id, role: "resident" as const },
    channel,
  };

  // Files first (a step's answer is the list of upload ids), then the steps in the order a person meets them.
  const answers: Answers = { ...answerData };
  const uploads: string[] = [];
  for (const step of visibleSteps(service, answerData, channel)) {
    for (const field of visibleFields(step, answerData, channel).filter((f) => f.kind === "file")) {
      const ids: string[] = [];
      for (const name of (answerData[field.name] as string[] | undefined) ?? []) {
        const stored = await storeUpload({
          ownerId: user.id,
          service,
          fieldName: field.name,
          fileName: name,
          bytes: new Uint8Array(fs.readFileSync(path.join(FILES, name))),
        });
        if (!stored.ok) throw new Error(`${slug}: ${field.name} ${name} refused: ${stored.problem}`);
        ids.push(stored.upload.id);
      }
      answers[field.name] = ids;
      uploads.push(...ids);
    }
  }
  for (const step of visibleSteps(service, answers, channel)) {
    const values = Object.fromEntries(
      visibleFields(step, answers, channel)
        .filter((f) => answers[f.name] !== undefined)
        .map((f) => [f.name, answers[f.name]]),
    );
    const saved = await saveStep(acting, { service, stepId: step.id, values });
    if (!saved.ok) throw new Error(`${slug}: step ${step.id} refused: ${JSON.stringify(saved.errors)}`);
  }
  // A crafted post: the step that holds a named answer saved again, that answer replaced.
  for (const [name, value] of Object.entries(opts.tamper ?? {})) {
    const step = visibleSteps(service, answers, channel).find((s) => s.fields.some((f) => f.name === name));
    if (!step) throw new Error(`${slug}: no visible step holds ${name}`);
    const values = Object.fromEntries(
      visibleFields(step, answers, channel)
        .filter((f) => answers[f.name] !== undefined)
        .map((f) => [f.name, f.name === name ? value : answers[f.name]]),
    );
    const saved = await saveStep(acting, { service, stepId: step.id, values });
    if (!saved.ok) throw new Error(`${slug}: tampered ${name} refused at save: ${JSON.stringify(saved.errors)}`);
  }
  if (opts.submit === false) return { id: app.id, reference: null, uploads };
  const { reference } = await submitApplication(acting, { service, applicationId: app.id });
  return { id: app.id, reference, uploads };
}

/** The same resident submits the item `count` times, one after another (for lists long enough to page through). */
export async function submitManyAsResident(
  mobile: string,
  slug: string,
  answerData: Answers,
  count: number,
): Promise<{ id: string; reference: string | null }[]> {
  const made: { id: string; reference: string | null }[] = [];
  for (let i = 0; i < count; i++) {
    const { id, reference } = await submitAsResident(mobile, slug, answerData);
    made.push({ id, reference });
  }
  return made;
}

/** `submit: false` leaves the complete draft unsubmitted; `tamper` saves some answers again as a crafted post would. */
export type DraftOptions = {
  submit?: boolean;
  tamper?: Answers;
  /** Where the resident applies: online (default) or at a hall terminal (the receipt there offers a rating). */
  channel?: "online" | "terminal";
};

/**
 * A resident account of its own for one test, at an assurance level below "verified in person" (the seeded test
 * residents are all verified in person, and a test must not lower an account others rely on): a new mobile (136…,
 * unique in the run; the account tests take 135…), the demo password, and (above "phone") a profile with a name and
 * an ID number as a real-name check would leave them. An account, not application data: written the way the seed writes accounts.
 */
export async function newResident(
  assurance: AssuranceLevel,
): Promise<{ mobile: string; idNumber: string; name: string }> {
  const passwordHash = await hashPassword("Demo#2026");
  for (let attempt = 0; ; attempt++) {
    const n = Math.floor(Math.random() * 1e8);
    const mobile = `136${String(n).padStart(8, "0")}`;
    // Born 1992-02-02: a date no seeded or registry test identity uses.
    const first17 = `65400219920202${String(n % 1000).padStart(3, "0")}`;
    const idNumber = first17 + idCheckDigit(first17);
    const name = "测试新居民";
    const taken = await db.user.count({ where: { OR: [{ mobile }, { profile: profileWithIdNumber(idNumber) }] } });
    if (taken && attempt < 5) continue;
    await db.user.create({
      data: {
        role: "resident",
        mobile,
        nameZh: name,
        passwordHash,
        assurance,
        // A proved phone is all a "phone" account has; from a real-name check on, the profile holds name and ID.
        ...(assurance === "phone"
          ? {}
          : { profile: { create: sealProfileData({ fullName: name, idNumber, mobile }) } }),
      },
    });
    return { mobile, idNumber, name };
  }
}

/** A reviewer account of its own for one test, with the demo password and no authenticator yet (an administrator
 * enrols one in the test): the seeded staff share the demo authenticator, which a test must not replace. */
export async function newStaff(): Promise<{ staffId: string }> {
  const staffId = `e2e-staff-${Math.random().toString(36).slice(2, 8)}`;
  await db.user.create({
    data: {
      role: "reviewer",
      staffId,
      nameZh: "测试新员工",
      passwordHash: await hashPassword("Demo#2026"),
      departmentId: "hrss",
    },
  });
  return { staffId };
}

/** The fake phone of `mobile` is out of coverage for its next `failures` messages (0: back in coverage). The test
 * server's fake-phone transport plays it (lib/notifications/sms-transport.ts); no real gateway has such a switch. */
export async function phoneCoverage(mobile: string, failures: number): Promise<{ mobile: string }> {
  await db.devPhoneFault.upsert({
    where: { to: mobile },
    create: { to: mobile, failuresLeft: failures },
    update: { failuresLeft: failures },
  });
  return { mobile };
}

/**
 * The system's deadline warning for one application, raised by the scheduled task's own use case as it would be on
 * the application's current deadline ("near") or on the day after it ("passed"). Only this application: the task
 * over every application would warn about other tests' applications too.
 */
/**
 * The application is accepted and approved by its departments' demo reviewers (a decided one, ready to be rated),
 * through the transition use case. Returns the lead department.
 */
export async function approveAsReviewers(applicationId: string): Promise<{ departmentId: string }> {
  const app = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { serviceSlug: true } });
  const service = getService(app.serviceSlug)!;
  const reviewerOf = async (departmentId: string) => {
    const r = await db.user.findFirstOrThrow({
      where: { role: "reviewer", departmentId, disabledAt: null },
      orderBy: { staffId: "asc" },
      select: { id: true },
    });
    return { id: r.id, role: "reviewer" as const, departmentId };
  };
  await transitionApplication({
    applicationId,
    event: "accept",
    actor: await reviewerOf(service.department),
    input: {},
  });
  const parts = await db.applicationPart.findMany({
    where: { applicationId },
    select: { departmentId: true },
    take: 10,
  });
  for (const part of parts)
    await transitionApplication({
      applicationId,
      event: "approve_part",
      actor: await reviewerOf(part.departmentId),
      input: {},
    });
  return { departmentId: service.department };
}

export async function warnDeadline(applicationId: string, kind: "near" | "passed"): Promise<{ deadline: string }> {
  const app = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { status: true, acceptBy: true, promisedBy: true },
  });
  const deadline = app.status === "submitted" ? app.acceptBy : app.promisedBy;
  if (!deadline) throw new Error(`application ${applicationId} has no deadline`);
  const day = Date.parse(`${deadline}T08:00:00+08:00`) + (kind === "passed" ? 86_400_000 : 0);
  if (!(await warnDeadlineOf(applicationId, new Date(day)))) throw new Error(`no ${kind} warning raised`);
  return { deadline };
}

/**
 * A small history for the dashboard's browser test: five applications submitted in March 2024, a month no seed and
 * no other test writes (three hrss social-security-card: two online, one at a window; two civil-affairs
 * elderly-allowance: one online, one at a terminal), two of them decided and rated. Written as rows, not through the use cases: those stamp the
 * present, and a dashboard over a past period needs the past. Fixed ids: every worker and project may ask for it.
 */
export async function dashboardHistory(): Promise<{ from: string; to: string }> {
  const resident = await db.user.findFirstOrThrow({ where: { role: "resident" }, orderBy: { createdAt: "asc" } });
  const rows = [
    ["ssc", "XJ-YN-RS-001", "social-security-card", "online", "2024-03-01T00:00:00+08:00"],
    ["ssc2", "XJ-YN-RS-001", "social-security-card", "online", "2024-03-12T10:00:00+08:00"],
    ["ssc3", "XJ-YN-RS-001", "social-security-card", "window", "2024-03-31T23:59:00+08:00"],
    ["old1", "XJ-YN-MZ-001", "elderly-allowance", "online", "2024-03-05T10:00:00+08:00"],
    ["old2", "XJ-YN-MZ-001", "elderly-allowance", "terminal", "2024-03-06T10:00:00+08:00"],
  ] as const;
  await db.application.createMany({
    skipDuplicates: true,
    data: rows.map(([id, serviceCode, serviceSlug, channel, at]) => ({
      id: `e2e-dashboard-${id}`,
      serviceCode,
      serviceSlug,
      channel,
      status: "submitted" as const,
      applicantId: resident.id,
      enteredById: resident.id,
      submittedAt: new Date(at),
    })),
  });
  // Two of them decided (one late against its promise) and rated: a 5, and a 2 with reasons.
  const decided = [
    ["ssc", "2024-03-08", "2024-03-07", 5, 2],
    ["old1", "2024-03-20", "2024-03-25", 10, 5],
  ] as const;
  for (const [id, decidedOn, promisedBy, days, score] of decided) {
    await db.application.update({
      where: { id: `e2e-dashboard-${id}` },
      data: {
        status: "approved",
        decidedOn,
        decidedAt: new Date(`${decidedOn}T10:00:00+08:00`),
        promisedBy,
        legalBy: "2024-04-30",
        decisionWorkingDays: days,
      },
    });
    await db.evaluation.upsert({
      where: { applicationId_channel: { applicationId: `e2e-dashboard-${id}`, channel: "online" } },
      update: {},
      create: {
        residentId: resident.id,
        applicationId: `e2e-dashboard-${id}`,
        channel: "online",
        departmentId: id === "ssc" ? "hrss" : "civil-affairs",
        score,
        reasons: score <= 2 ? ["slow", "unclear_guide"] : [],
        changeableUntil: new Date(`${decidedOn}T10:00:00+08:00`),
        createdAt: new Date(`${decidedOn}T12:00:00+08:00`),
      },
    });
  }
  return { from: "2024-03-01", to: "2024-03-31" };
}

type Request =
  | { op: "submitAsResident"; mobile: string; slug: string; answers: Answers; options?: DraftOptions }
  | { op: "submitManyAsResident"; mobile: string; slug: string; answers: Answers; count: number }
  | { op: "newResident"; assurance: AssuranceLevel }
  | { op: "newStaff" }
  | { op: "dashboardHistory" }
  | { op: "phoneCoverage"; mobile: string; failures: number }
  | { op: "warnDeadline"; applicationId: string; kind: "near" | "passed" }
  | { op: "approveAsReviewers"; applicationId: string };

function handle(request: Request): Promise<unknown> {
  if (request.op === "newStaff") return newStaff();
  if (request.op === "dashboardHistory") return dashboardHistory();
  if (request.op === "phoneCoverage") return phoneCoverage(request.mobile, request.failures);
  if (request.op === "warnDeadline") return warnDeadline(request.applicationId, request.kind);
  if (request.op === "approveAsReviewers") return approveAsReviewers(request.applicationId);
  if (request.op === "submitManyAsResident")
    return submitManyAsResident(request.mobile, request.slug, request.answers, request.count);
  return request.op === "newResident"
    ? newResident(request.assurance)
    : submitAsResident(request.mobile, request.slug, request.answers, request.options);
}

async function answer(request: Request) {
  const result = await handle(request)
    .then((result) => ({ ok: true, result }))
    .catch((e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  // Deliveries the use cases started after their commits end before the answer (see deliveriesSettled).
  await deliveriesSettled();
  return result;
}

if (require.main === module) {
  if (process.argv[2] === "--serve" && process.send) {
    // `node --import tsx direct-data.ts --serve`, started by a browser-test worker (direct-data-client.ts) with an IPC
    // channel: one process for all of that worker's requests, answered by id, so each test pays a message instead of
    // a Node start with Prisma and the service registry (about 3 s of CPU each, a tenth of the whole browser stage).
    // It ends with the worker.
    process.on("message", (message: { id: number; request: Request }) => {
      void answer(message.request).then((a) => process.send!({ id: message.id, ...a }));
    });
    process.on("disconnect", () => void db.$disconnect().finally(() => process.exit(0)));
  } else {
    // `tsx e2e/support/direct-data.ts '<json>'`: one request, its answer as JSON on the last line of stdout.
    void answer(JSON.parse(process.argv[2] ?? "{}") as Request)
      .then((a) => console.log(JSON.stringify(a)))
      .finally(() => db.$disconnect());
  }
}
