// Small factories for integration tests: people, profiles, drafts and applications written straight into the test
// file's own database (or through the use cases where the test is about something later, e.g. a submitted
// application). Numbers are unique within a file, which is all that matters: every file has its own database.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/client";
import { inject } from "vitest";
import { TEST_PASSWORD } from "./test-password";
import { visibleSteps } from "@/lib/form-engine/journey";
import { buildStepSchema, todayInShanghai } from "@/lib/form-engine/build-step-schema";
import type { Answers, Channel, ServiceDef } from "@/lib/form-engine/types";
import { getService } from "@/lib/services";
import { submitApplication } from "@/lib/applications/submit/submit-application";
import { grantConsents } from "@/lib/profile/consents";
import { transitionApplication, type TransitionActor } from "@/lib/applications/transition/transition-application";
import type { EventType } from "@/lib/applications/transition/status-machine";
import { idCheckDigit } from "@/lib/validators/id-number";
import type { Clerk } from "@/lib/window/window-sessions";
import { demoDepartments } from "@/prisma/seed-data";
import { demoApplications } from "@/prisma/seed-applications-data";
import { sealProfileData } from "@/lib/profile/sealed-fields";
import { sealAnswers } from "@/lib/applications/sealed-answers";

export { TEST_PASSWORD };

let seq = 0;
const next = () => ++seq;

/** argon2 takes tens of milliseconds of CPU: the global setup hashed the shared test password once for the run. */
export async function testPasswordHash() {
  return inject("itPasswordHash");
}

/** A valid (GB 11643) ID number, unique within the file; born 1980. */
export function newIdNumber(): string {
  const first17 = `65400219800101${String(next()).padStart(3, "0")}`;
  return first17 + idCheckDigit(first17);
}

export function newMobile(): string {
  return `137${String(next()).padStart(8, "0")}`;
}

// Names must pass the person-name check the forms re-run at submission (no digits).
const NAMES = ["李明华", "张丽", "王芳芳", "赵建军", "陈静", "刘洋", "杨帆", "黄磊", "阿迪力·买买提", "古丽娜·热合曼"];

export const sampleAddress = {
  county: "654002",
  township: "654002003",
  community: "654002003001",
  detail: "解放西路66号",
};

const departmentsSeeded = new Map<string, Promise<unknown>>();
/** The demo departments (the services' lead and co-departments, and staff, refer to them). Once per database. */
export function seedDepartments(): Promise<unknown> {
  const url = process.env.DATABASE_URL ?? "";
  if (!departmentsSeeded.has(url))
    departmentsSeeded.set(url, db.department.createMany({ data: demoDepartments, skipDuplicates: true }));
  return departmentsSeeded.get(url)!;
}

export type TestResident = { id: string; mobile: string; idNumber: string; name: string };

/** A resident who can sign in (mobile + TEST_PASSWORD), with a profile as if confirmed by the registry. */
export async function createResident(
  opts: {
    name?: string;
    locale?: "zh" | "ug";
    profile?: boolean;
    disabled?: boolean;
    assurance?: "phone" | "registry" | "in_person";
    /** false: no password yet (registered by phone or at a window). */
    password?: boolean;
  } = {},
): Promise<TestResident> {
  await seedDepartments();
  const mobile = newMobile();
  const idNumber = newIdNumber();
  const name = opts.name ?? NAMES[seq % NAMES.length]!;
  const user = await db.user.create({
    data: {
      role: "resident",
      mobile,
      nameZh: name,
      passwordHash: opts.password === false ? null : await testPasswordHash(),
      locale: opts.locale,
      // Most tests stand for a resident verified at a window; the account tests ask for less.
      assurance: opts.assurance ?? (opts.profile === false ? "phone" : "in_person"),
      disabledAt: opts.disabled ? new Date() : null,
    },
    select: { id: true },
  });
  if (opts.profile !== false) {
    await db.profile.create({
      data: { userId: user.id, ...sealProfileData({ fullName: name, idNumber, mobile, address: sampleAddress }) },
    });
  }
  return { id: user.id, mobile, idNumber, name };
}

export type TestStaff = {
  id: string;
  staffId: string;
  role: Role;
  departmentId: string | null;
  windowNo: string | null;
};

export async function createStaff(
  role: "clerk" | "reviewer" | "admin",
  departmentId: string | null = role === "reviewer" ? "hrss" : "service-center",
  windowNo: string | null = role === "clerk" ? "3" : null,
): Promise<TestStaff> {
  await seedDepartments();
  const staffId = `${role}${next()}`;
  const user = await db.user.create({
    data: {
      role,
      staffId,
      nameZh: NAMES[seq % NAMES.length]!,
      passwordHash: await testPasswordHash(),
      departmentId,
      windowNo,
    },
    select: { id: true },
  });
  return { id: user.id, staffId, role, departmentId, windowNo };
}

/** The shape the window use cases take a clerk in. */
export function asClerk(s: TestStaff): Clerk {
  return { id: s.id, role: "clerk", windowNo: s.windowNo ?? "1", staffId: s.staffId };
}

export function actorOf(s: TestStaff): TransitionActor {
  return { id: s.id, role: s.role as TransitionActor["role"], departmentId: s.departmentId };
}

export function residentActor(r: TestResident): TransitionActor {
  return { id: r.id, role: "resident" };
}

export function service(slug: string): ServiceDef {
  const s = getService(slug);
  if (!s) throw new Error(`no service item ${slug}`);
  return s;
}

/**
 * A complete set of answers for an item, taken from the demo applications (which the seed validates like real
 * submissions), with the applicant's own facts. File fields hold the ids of Upload rows made here.
 */
async function completeAnswers(
  s: ServiceDef,
  applicant: TestResident,
  applicationId: string,
  channel: Channel,
  overrides: Answers,
): Promise<Answers> {
  const demo = demoApplications.find((d) => d.slug === s.slug);
  if (!demo) throw new Error(`no demo answers for ${s.slug}`);
  const answers: Answers = {
    ...demo.answers,
    applicantName: applicant.name,
    applicantIdNumber: applicant.idNumber,
    applicantMobile: applicant.mobile,
    applicantAddress: sampleAddress,
    ...(channel === "window" ? { originalsSeen: true } : {}),
    ...overrides,
  };
  for (const field of visibleSteps(s, answers, channel).flatMap((st) => st.fields)) {
    if (field.kind !== "file" || !Array.isArray(answers[field.name]) || (answers[field.name] as unknown[]).length === 0)
      continue;
    const upload = await db.upload.create({
      data: {
        ownerId: applicant.id,
        applicationId,
        fieldName: field.name,
        storageKey: `${applicationId}/${randomBytes(8).toString("hex")}`,
        originalName: `${field.name}.pdf`,
        mime: "application/pdf",
        size: 100,
        sha256: randomBytes(32).toString("hex"),
      },
      select: { id: true },
    });
    answers[field.name] = [upload.id];
  }
  // A factory that makes answers the submission would refuse would make every test using it fail for the wrong
  // reason: say so here instead.
  const today = todayInShanghai();
  for (const step of visibleSteps(s, answers, channel)) {
    const r = buildStepSchema(step, answers, channel, { today }).safeParse(answers);
    if (!r.success)
      throw new Error(
        `sample answers for ${s.slug} do not pass step ${step.id}: ${JSON.stringify(r.error.issues)} ${JSON.stringify(answers)}`,
      );
  }
  return answers;
}

/**
 * A draft with every step answered (ready to submit; `overrides` replace some answers, e.g. an empty file field and
 * its deferral pledge), or with `answers` given exactly as they are.
 */
export async function createDraft(opts: {
  applicant: TestResident;
  slug?: string;
  channel?: Channel;
  enteredById?: string;
  answers?: Answers;
  overrides?: Answers;
}) {
  const s = service(opts.slug ?? "social-security-card");
  const channel = opts.channel ?? "online";
  // The pages open a draft of an item with sensitive data only after consent: so does the factory.
  if (s.sensitive?.length) await grantConsents(opts.applicant.id, s, [...s.sensitive]);
  const row = await db.application.create({
    data: {
      applicantId: opts.applicant.id,
      enteredById: opts.enteredById ?? opts.applicant.id,
      serviceCode: s.code,
      serviceSlug: s.slug,
      channel,
      lastStepId: "declaration",
    },
    select: { id: true },
  });
  const answers = opts.answers ?? (await completeAnswers(s, opts.applicant, row.id, channel, opts.overrides ?? {}));
  await db.application.update({ where: { id: row.id }, data: { answers: sealAnswers(answers) } });
  return { id: row.id, service: s };
}

/** A resident acting for themselves (the acting context of the resident use cases), online unless said otherwise. */
export const residentActing = (id: string, channel: Channel = "online") => ({
  applicantId: id,
  actor: { id, role: "resident" as const },
  channel,
});

/** A clerk at window 3 acting for a resident in a consented session (the acting context of the window use cases). */
export const clerkActing = (clerk: TestStaff, residentId: string) => ({
  applicantId: residentId,
  actor: { id: clerk.id, role: "clerk" as const },
  channel: "window" as const,
  window: { windowNo: "3", residentId, clerk: { id: clerk.id, role: "clerk", staffId: clerk.staffId } },
});

/** A submitted application, through the real submit use case (reference, parts, event, inbox row and SMS). */
export async function createSubmitted(opts: {
  applicant: TestResident;
  slug?: string;
  channel?: Channel;
  overrides?: Answers;
}) {
  const draft = await createDraft(opts);
  const { reference } = await submitApplication(residentActing(opts.applicant.id, opts.channel), {
    service: draft.service,
    applicationId: draft.id,
  });
  return { id: draft.id, service: draft.service, reference };
}

/** Moves an application on through the real transition use case, step by step. */
export async function advance(
  applicationId: string,
  steps: { event: EventType; by: TransitionActor; input?: Record<string, unknown> }[],
) {
  // A clerk moves an application only at the window, serving its applicant: the factory's clerk is that clerk.
  const { applicantId } = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { applicantId: true },
  });
  for (const step of steps) {
    const actor =
      step.by.role === "clerk" && !step.by.windowResidentId ? { ...step.by, windowResidentId: applicantId } : step.by;
    await transitionApplication({ applicationId, event: step.event, actor, input: step.input ?? {} });
  }
}

/** A submitted elderly-allowance application whose bank card was pledged (容缺), due on `dueBy`; accepted by a
 * clerk when asked (the deadline clock then runs). For the scheduled pledge tasks' tests. */
export async function createPledged(dueBy: string, opts: { locale?: "zh" | "ug"; accepted?: boolean } = {}) {
  const applicant = await createResident({ locale: opts.locale });
  const app = await createSubmitted({
    applicant,
    slug: "elderly-allowance",
    overrides: { bankCardScan: [], bankCardPledge: true },
  });
  if (opts.accepted) await advance(app.id, [{ event: "accept", by: actorOf(await createStaff("clerk")) }]);
  await db.application.update({
    where: { id: app.id },
    data: { pendingMaterials: [{ material: "bank-card", dueBy }] },
  });
  return { applicant, app };
}

/** A social-security-card application accepted and approved through the real use cases (a decided one). */
export async function createDecided(opts: { applicant?: TestResident } = {}) {
  const applicant = opts.applicant ?? (await createResident());
  const clerk = await createStaff("clerk");
  const reviewer = await createStaff("reviewer", "hrss");
  const app = await createSubmitted({ applicant, slug: "social-security-card" });
  await advance(app.id, [
    { event: "accept", by: actorOf(clerk) },
    { event: "approve_part", by: actorOf(reviewer) },
  ]);
  return { applicant, clerk, reviewer, app };
}
