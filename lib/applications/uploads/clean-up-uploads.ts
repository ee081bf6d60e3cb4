// Use case: delete stored files no application needs any more (run by `npm run uploads:cleanup`; a scheduler can call
// it once background jobs exist). Idempotent: a second run finds nothing, and a run stopped half-way is finished by
// the next one.
//
// A file is deleted when, a day after it was stored (UPLOAD_GRACE_MS: an upload whose step is not saved yet is not
// named in the answers yet):
//   - its application's answers no longer name it (replaced or removed in a file field), or
//   - it belongs to a draft nobody has changed for DRAFT_FILES_KEPT_DAYS (abandoned): the draft stays, its file
//     answers are emptied, and the resident uploads again if they ever come back.
// Never deleted: answers to a supplement request (the timeline lists them) and files that belong to no application
// (other features store those and decide about them).
// Each application is handled in a transaction holding its row's lock (the one receive-file.ts takes), re-reading the
// answers there; the bytes go before the rows, so a failure leaves rows the next run deletes, never lost rows with
// files left on disk. One audit row per application says how many files went and why.
import "server-only";
import { openAnswers, sealAnswers } from "@/lib/applications/sealed-answers";
import type { Answers } from "@/lib/form-engine/types";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { blobStorage } from "@/lib/storage/blob-storage";
import { UPLOADS_PER_APPLICATION_CAP } from "./material-check";

export const UPLOAD_GRACE_MS = 24 * 60 * 60 * 1000;
export const DRAFT_FILES_KEPT_DAYS = 90;
const BATCH = 200;

export type CleanUpResult = { applications: number; files: number };

export async function cleanUpUploads(now: Date = new Date()): Promise<CleanUpResult> {
  const storedBefore = new Date(now.getTime() - UPLOAD_GRACE_MS);
  const abandonedBefore = new Date(now.getTime() - DRAFT_FILES_KEPT_DAYS * 24 * 60 * 60 * 1000);
  const result: CleanUpResult = { applications: 0, files: 0 };
  let after = "";
  for (;;) {
    // Applications holding files old enough to be looked at, in id order (so the loop always moves on).
    const rows = await db.upload.findMany({
      where: {
        applicationId: { gt: after },
        createdAt: { lt: storedBefore },
        NOT: { fieldName: { startsWith: "supplement:" } },
      },
      distinct: ["applicationId"],
      orderBy: { applicationId: "asc" },
      select: { applicationId: true },
      take: BATCH,
    });
    for (const { applicationId } of rows) {
      const files = await cleanUpApplication(applicationId!, storedBefore, abandonedBefore);
      if (files > 0) {
        result.applications++;
        result.files += files;
      }
    }
    if (rows.length < BATCH) return result;
    after = rows[rows.length - 1]!.applicationId!;
  }
}

async function cleanUpApplication(applicationId: string, storedBefore: Date, abandonedBefore: Date) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Application" WHERE id = ${applicationId} LIMIT 1 FOR UPDATE`;
    const app = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { status: true, answers: true, updatedAt: true, applicantId: true },
    });
    const uploads = await tx.upload.findMany({
      where: { applicationId, createdAt: { lt: storedBefore }, NOT: { fieldName: { startsWith: "supplement:" } } },
      // Never cuts (see the cap); were it ever to, the next run would take the rest.
      take: UPLOADS_PER_APPLICATION_CAP,
      select: { id: true, storageKey: true },
    });
    const abandoned = app.status === "draft" && app.updatedAt < abandonedBefore;
    // Answers are sealed at rest (sealed-answers.ts): open them to see which files they name.
    const answers = openAnswers(app.answers);
    const named = namedStrings(answers);
    const gone = abandoned ? uploads : uploads.filter((u) => !named.has(u.id));
    if (gone.length === 0) return 0;
    const storage = blobStorage();
    for (const u of gone) await storage.delete(u.storageKey);
    await tx.upload.deleteMany({ where: { id: { in: gone.map((u) => u.id) } } });
    if (abandoned) {
      const ids = new Set(gone.map((u) => u.id));
      await tx.application.update({
        where: { id: applicationId },
        data: { answers: sealAnswers(withoutStrings(answers, ids) as Answers) },
      });
    }
    await recordAudit(
      {
        action: "upload.cleaned_up",
        payload: { files: gone.length, reason: abandoned ? "draft_abandoned" : "not_in_answers" },
        actor: null,
        subject: { type: "application", id: applicationId },
        onBehalfOf: app.applicantId,
      },
      tx,
    );
    return gone.length;
  });
}

/** Every string anywhere in the answers: a file field holds upload ids, possibly inside a group. */
function namedStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const v of value) namedStrings(v, into);
  else if (value && typeof value === "object") for (const v of Object.values(value)) namedStrings(v, into);
  return into;
}

/** The answers with these upload ids taken out of every list (the file fields). */
export function withoutStrings(value: unknown, ids: ReadonlySet<string>): unknown {
  if (Array.isArray(value))
    return value.filter((v) => !(typeof v === "string" && ids.has(v))).map((v) => withoutStrings(v, ids));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutStrings(v, ids)]));
  return value;
}
