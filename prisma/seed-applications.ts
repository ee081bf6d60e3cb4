// Demo applications in every status, so that the workbench, "my applications" and public tracking are never empty on
// first start. Demo seed only (seed.ts refuses production). Idempotent: fixed references YN2026DEMO0000nn — real
// references never contain 0, 1 or O, so these cannot collide with one — and an existing reference is skipped.
//
// Each application is replayed through the real state machine (decide) and the portal's one writer
// (write-transition.ts) from its submission, with the demo staff who may lawfully act, so statuses, department parts,
// paused clocks, deadlines and events always agree. Dates are
// working days relative to the seeding day: some applications are overdue and some due soon whenever you start.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { PrismaClient, Prisma, Role } from "../lib/db/generated/client";
import type { Answers, ServiceDef } from "../lib/form-engine/types";
import { getService } from "../lib/services";
import { buildStepSchema, todayInShanghai } from "../lib/form-engine/build-step-schema";
import { visibleSteps } from "../lib/form-engine/journey";
import { addWorkingDays, isWorkingDay } from "../lib/calendar/working-days";
import { deadlinesAt, resumeDeadline } from "../lib/applications/transition/deadlines";
import { decide, storedEventType, type PartState, type Status } from "../lib/applications/transition/status-machine";
import { writeTransition, type Move } from "../lib/applications/transition/write-transition";
import { applicantColumns } from "../lib/applications/submit/applicant-columns";
import { machineContext } from "../lib/applications/transition/machine-context";
import { demoApplications, type DemoApplication } from "./seed-applications-data";
import { sealAnswers } from "../lib/applications/sealed-answers";

type Staff = { id: string; role: Role; departmentId: string | null };

function workingDaysBefore(date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0;) {
    d = new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** A time on a calendar date in Asia/Shanghai (office hours), never later than now. */
function atShanghai(ymd: string, hhmm: string, now: Date): Date {
  const d = new Date(`${ymd}T${hhmm}:00+08:00`);
  return d > now ? new Date(now.getTime() - 5 * 60_000) : d;
}

/** A one-page blank PDF, different bytes per file (the duplicate check compares hashes). */
function demoPdf(label: string): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n% demo material ${label}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** Problems that would stop this application at submission: demo data must pass the same checks as real data. */
function validationProblems(
  service: ServiceDef,
  answers: Answers,
  channel: DemoApplication["channel"],
  submittedOn: string,
): string[] {
  return visibleSteps(service, answers, channel).flatMap((step) => {
    const r = buildStepSchema(step, answers, channel, { today: submittedOn }).safeParse(answers);
    return r.success ? [] : r.error.issues.map((i) => `${step.id}.${String(i.path[0])}: ${i.message}`);
  });
}

export async function seedDemoApplications(db: PrismaClient, now = new Date()): Promise<number> {
  const today = todayInShanghai(now);
  const staffRows = await db.user.findMany({
    where: { staffId: { not: null } },
    select: { id: true, staffId: true, role: true, departmentId: true },
  });
  const staff = new Map<string, Staff>(staffRows.map((s) => [s.staffId!, s]));
  const uploadRoot = process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads");
  let created = 0;

  for (const demo of demoApplications) {
    const exists = await db.application.findFirst({
      where: { OR: [{ reference: demo.reference }, { id: demo.id }] },
      select: { id: true },
    });
    if (exists) continue; // keep whatever staff did with it since
    const service = getService(demo.slug);
    const applicant = await db.user.findUnique({ where: { mobile: demo.mobile }, select: { id: true } });
    if (!service || !applicant) continue;

    const submittedOn = workingDaysBefore(today, demo.submittedDaysAgo);
    const problems = validationProblems(service, demo.answers, demo.channel, submittedOn);
    if (problems.length) {
      console.warn(
        `[seed] demo application ${demo.reference} (${demo.slug}) skipped: it would not validate: ${problems.join("; ")}`,
      );
      continue;
    }
    const clerk = staff.get("clerk01")!;
    const enteredBy =
      demo.channel === "window" ? clerk : { id: applicant.id, role: "resident" as Role, departmentId: null };
    const submittedAt = atShanghai(submittedOn, "09:30", now);
    const departments = [service.department, ...(service.coDepartments ?? [])];

    // Material files: one blank PDF per file field that has one, stored where the portal's storage reads them.
    const answers: Answers = { ...demo.answers };
    const uploads: Prisma.UploadCreateManyInput[] = [];
    for (const field of visibleSteps(service, answers, demo.channel).flatMap((s) => s.fields)) {
      if (
        field.kind !== "file" ||
        !Array.isArray(answers[field.name]) ||
        (answers[field.name] as unknown[]).length === 0
      )
        continue;
      const id = `${demo.id}-${field.name}`.toLowerCase();
      const bytes = demoPdf(id);
      const storageKey = `${demo.id}/${id}`;
      await fs.mkdir(path.join(uploadRoot, demo.id), { recursive: true, mode: 0o700 });
      await fs.writeFile(path.join(uploadRoot, storageKey), bytes, { mode: 0o600 });
      uploads.push({
        id,
        ownerId: enteredBy.id === clerk.id ? clerk.id : applicant.id,
        applicationId: demo.id,
        fieldName: field.name,
        storageKey,
        originalName: `${field.name}.pdf`,
        mime: "application/pdf",
        size: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        createdAt: submittedAt,
      });
      answers[field.name] = [id];
    }

    // Replay through the portal's own rule and writer: the draft, its submission, then every demo step as the state
    // machine decides it (with the demo staff who may lawfully act), each written by write-transition.ts.
    const deadlines = deadlinesAt(submittedOn, service.promisedDays, service.legalDays);
    await db.$transaction(async (tx) => {
      await tx.application.create({
        data: {
          id: demo.id,
          serviceCode: service.code,
          serviceSlug: service.slug,
          applicantId: applicant.id,
          enteredById: enteredBy.id,
          channel: demo.channel,
          status: "draft",
          answers: sealAnswers(answers),
          lastStepId: "declaration",
          createdAt: submittedAt,
        },
      });
      await tx.upload.createMany({ data: uploads });
      // Items with sensitive data were applied for with consent (as the portal asks before the form).
      for (const category of service.sensitive ?? []) {
        const has = await tx.consent.findFirst({
          where: { userId: applicant.id, category, serviceCode: service.code, revokedAt: null },
          select: { id: true },
        });
        if (!has)
          await tx.consent.create({
            data: {
              userId: applicant.id,
              category,
              serviceCode: service.code,
              purpose: `${service.code} ${service.title.zh}`,
              grantedAt: new Date(submittedAt.getTime() - 10 * 60_000),
            },
          });
      }

      let status: Status = "draft";
      let version = 0;
      let promisedBy = deadlines.promisedBy;
      let legalBy = deadlines.legalBy;
      let pausedOn: string | null = null;
      const parts: Record<string, PartState> = Object.fromEntries(departments.map((d) => [d, "pending" as PartState]));
      const history: { type: string; fromStatus: Status; actorRole: Role; at: Date }[] = [];
      const move = async (m: Omit<Move, "applicationId" | "from">) => {
        if (!(await writeTransition(tx, { ...m, applicationId: demo.id, from: { status, version } })))
          throw new Error(`[seed] demo ${demo.reference}: ${m.event} did not apply`);
        history.push({ type: storedEventType(m.event), fromStatus: status, actorRole: m.actor.role, at: m.at });
        status = m.to;
        version++;
      };
      const machine = (at: Date, onDay: string) =>
        machineContext(
          {
            status,
            submittedAt,
            pendingMaterials: [],
            parts: Object.entries(parts).map(([departmentId, p]) => ({ departmentId, status: p })),
            events: history,
          },
          service.department,
          at,
          onDay,
        );

      const submit = decide(machine(submittedAt, submittedOn), "submit", {
        role: enteredBy.role,
        isApplicant: enteredBy.id === applicant.id,
      });
      if (!submit.ok) throw new Error(`[seed] demo ${demo.reference}: submit refused (${submit.reason})`);
      await move({
        event: "submit",
        to: submit.to,
        actor: { id: enteredBy.id, role: enteredBy.role },
        at: submittedAt,
        payload: { reference: demo.reference, pending: [] },
        data: {
          reference: demo.reference,
          submittedAt,
          ...applicantColumns(answers),
          promisedBy,
          legalBy,
          acceptBy: deadlines.acceptBy,
        },
        createParts: departments,
      });

      for (const step of demo.steps) {
        const onDay = addWorkingDays(submittedOn, step.day);
        const at = atShanghai(onDay, step.time ?? "11:00", now);
        const actor =
          step.by === "applicant"
            ? { id: applicant.id, role: "resident" as Role, departmentId: null }
            : staff.get(step.by)!;
        const decision = decide(machine(at, onDay), step.event, {
          role: actor.role,
          departmentId: actor.departmentId,
          isApplicant: step.by === "applicant",
        });
        if (!decision.ok)
          throw new Error(`[seed] demo ${demo.reference}: ${step.event} by ${step.by} refused (${decision.reason})`);
        const data: Prisma.ApplicationUpdateManyMutationInput = {};
        if (decision.pauseClock) data.pausedOn = pausedOn = onDay;
        if (decision.resumeClock && pausedOn) {
          data.promisedBy = promisedBy = resumeDeadline(promisedBy, pausedOn, onDay);
          data.legalBy = legalBy = resumeDeadline(legalBy, pausedOn, onDay);
          data.pausedOn = pausedOn = null;
        }
        await move({
          event: step.event,
          to: decision.to,
          actor,
          at,
          payload: step.payload ?? {},
          data,
          decidePart: decision.part,
        });
        if (decision.part) parts[decision.part.departmentId] = decision.part.status;
      }

      // The inbox has one message per status change; everything but the latest has been read.
      await tx.notification.createMany({
        data: history.map((e, i) => ({
          userId: applicant.id,
          applicationId: demo.id,
          type: e.type,
          payload: { serviceSlug: service.slug, reference: demo.reference },
          createdAt: e.at,
          readAt: i < history.length - 1 ? e.at : null,
        })),
      });
    });
    created++;
  }
  return created;
}
