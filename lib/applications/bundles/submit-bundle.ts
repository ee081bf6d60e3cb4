// Use case: submit a life-event bundle's draft (高效办成一件事). The draft is checked like any draft (checkSubmittable:
// channel, assurance, consents, every visible step, its own files), then in ONE transaction it becomes one linked
// application per applying member, each submitted through the one status writer into its own department's queue:
//   - the draft row itself becomes the first member's application (claimed by compare-and-set on status and
//     version, so two submits race to one bundle; a repeated submit finds the bundle by its draft id);
//   - every other member is a new application of its item, with its answers under the item's own field names;
//   - a file used by several members is stored once per member (its bytes are copied before the transaction: bytes
//     before rows, as everywhere), so each department reads, and a clean-up deletes, only its own copy.
// The resident gets one notice and SMS for the bundle (its reference), and each member's own notice in the inbox.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/client";
import type { Answers, ServiceDef } from "@/lib/form-engine/types";
import { pruneAnswers } from "@/lib/form-engine/journey";
import { fieldKinds } from "@/lib/form-engine/field-kinds/field-schema";
import { getService } from "@/lib/services";
import type { BundleDef, BundleMember } from "@/lib/services/bundles/bundle-types";
import { applyingMembers, memberAnswers, memberAsAsked } from "@/lib/services/bundles/member-answers";
import { sealAnswers } from "@/lib/applications/sealed-answers";
import { blobStorage } from "@/lib/storage/blob-storage";
import { recordAudit } from "@/lib/audit/record-audit";
import { notifyApplicant } from "@/lib/notifications/notify-applicant";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { ApplicationError } from "../errors";
import { prismaSubmissionStore, submitInTransaction } from "../submit/prisma-submission-store";
import {
  checkSubmittable,
  DEFERRED_MATERIAL_DAYS,
  enteredAtWindow,
  pendingMaterialsOf,
  type SubmitActing,
} from "../submit/submit-with";
import { generateReference } from "../submit/reference-number";
import { applicantColumns } from "../submit/applicant-columns";
import { deadlinesAt } from "../transition/deadlines";

/** The draft was no longer the one checked (submitted by a parallel request, or changed by a save): roll back. */
class DraftMovedOn extends Error {}

export type BundleSubmitted = { bundleId: string; reference: string; alreadySubmitted: boolean };

type Planned = { member: BundleMember; item: ServiceDef; answers: Answers; files: string[] };

/** Upload ids named in a member's file answers. */
function fileIds(item: ServiceDef, answers: Answers): string[] {
  return item.steps
    .flatMap((s) => s.fields)
    .filter((f) => f.kind === "file" && !fieldKinds.file.isEmpty(answers[f.name]))
    .flatMap((f) => (answers[f.name] as unknown[]).map(String));
}

/** Replaces upload ids in a member's file answers (a copy's id for a file the member shares with another). */
function withFiles(item: ServiceDef, answers: Answers, idFor: (uploadId: string) => string): Answers {
  const out = { ...answers };
  for (const f of item.steps.flatMap((s) => s.fields))
    if (f.kind === "file" && Array.isArray(out[f.name]))
      out[f.name] = (out[f.name] as unknown[]).map((id) => idFor(String(id)));
  return out;
}

/** The field a member stores a file under (what its item calls it). */
function fieldOfFile(item: ServiceDef, answers: Answers, uploadId: string): string {
  const field = item.steps
    .flatMap((s) => s.fields)
    .find(
      (f) => f.kind === "file" && Array.isArray(answers[f.name]) && (answers[f.name] as unknown[]).includes(uploadId),
    );
  return field?.name ?? "bundle";
}

export async function submitBundle(
  acting: SubmitActing,
  input: { service: ServiceDef; bundle: BundleDef; applicationId: string; now?: Date },
): Promise<BundleSubmitted> {
  // A save landing between the checks and the claim changes the version: check what is there now.
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await submitOnce(acting, input);
    if (outcome !== "changed") return outcome;
  }
  throw new ApplicationError("errors:application.notEditable");
}

async function alreadySubmitted(acting: SubmitActing, draftId: string): Promise<BundleSubmitted | null> {
  const done = await db.applicationBundle.findUnique({
    where: { draftId },
    select: { id: true, reference: true, applicantId: true },
  });
  return done && done.applicantId === acting.applicantId
    ? { bundleId: done.id, reference: done.reference, alreadySubmitted: true }
    : null;
}

async function submitOnce(
  acting: SubmitActing,
  input: { service: ServiceDef; bundle: BundleDef; applicationId: string; now?: Date },
): Promise<BundleSubmitted | "changed"> {
  const { service, bundle } = input;
  const now = input.now ?? new Date();
  const done = await alreadySubmitted(acting, input.applicationId);
  if (done) return done;
  const app = await prismaSubmissionStore.find(acting.applicantId, service.code, input.applicationId);
  if (!app || app.status !== "draft") throw new ApplicationError("errors:application.notFound");
  const { today } = await checkSubmittable(prismaSubmissionStore, acting, service, app, now);

  // What was visible is what is submitted (a branch the person left is not), split per member.
  const answers = pruneAnswers(service, app.answers, app.channel);
  const planned: Planned[] = applyingMembers(bundle, answers).map((member) => {
    const item = getService(member.service)!;
    const mine = memberAnswers(bundle, member, item, answers);
    return { member, item, answers: mine, files: fileIds(item, mine) };
  });
  if (planned.length === 0) throw new ApplicationError("errors:application.incomplete");

  // The first member to use a file keeps its row; each later one gets a copy (bytes first, outside the transaction).
  const named = [...new Set(planned.flatMap((p) => p.files))];
  const uploads = await db.upload.findMany({ where: { applicationId: app.id, id: { in: named } }, take: named.length });
  const byId = new Map(uploads.map((u) => [u.id, u]));
  const firstUser = new Map<string, number>();
  const copies: { member: number; source: string; storageKey: string }[] = [];
  const storage = blobStorage();
  for (const [i, p] of planned.entries())
    for (const id of p.files) {
      if (!firstUser.has(id)) firstUser.set(id, i);
      else if (firstUser.get(id) !== i) {
        const source = byId.get(id)!;
        const bytes = await storage.get(source.storageKey);
        if (!bytes) throw new ApplicationError("errors:application.fileNotUploaded");
        const storageKey = `${app.id}/${randomUUID()}`;
        await storage.put(storageKey, bytes);
        copies.push({ member: i, source: id, storageKey });
      }
    }

  const w = acting.window;
  const bundleReference = generateReference(today);
  const created = await db
    .$transaction(async (tx) => {
      // Claim the draft: it becomes the first member's application.
      const first = planned[0]!;
      // The bundle row first: the members point at it, which keeps them out of "one draft per item" (a member is a
      // draft only inside this transaction). Its draftId is unique: a parallel submit of the same draft fails here
      // or at the claim below, and the caller answers with the bundle that won.
      const row = await tx.applicationBundle.create({
        data: {
          reference: bundleReference,
          bundleSlug: bundle.slug,
          applicantId: acting.applicantId,
          channel: app.channel,
          draftId: app.id,
          submittedAt: now,
        },
      });
      const claimed = await tx.application.updateMany({
        where: { id: app.id, applicantId: acting.applicantId, status: "draft", version: app.version },
        data: {
          serviceCode: first.item.code,
          serviceSlug: first.item.slug,
          bundleId: row.id,
          bundleMember: first.member.key,
        },
      });
      if (claimed.count === 0) throw new DraftMovedOn();
      const ids: string[] = [app.id];
      for (const p of planned.slice(1)) {
        const member = await tx.application.create({
          data: {
            serviceCode: p.item.code,
            serviceSlug: p.item.slug,
            applicantId: acting.applicantId,
            enteredById: acting.actor.id,
            channel: app.channel,
            bundleId: row.id,
            bundleMember: p.member.key,
          },
          select: { id: true },
        });
        ids.push(member.id);
      }
      // Files: the first user's rows move to its application; copies are new rows of the later users.
      const copyIds = new Map<string, string>(); // `${member}:${source}` → copy id
      for (const c of copies) {
        const source = byId.get(c.source)!;
        const copy = await tx.upload.create({
          data: {
            ownerId: source.ownerId,
            applicationId: ids[c.member]!,
            fieldName: fieldOfFile(planned[c.member]!.item, planned[c.member]!.answers, c.source),
            storageKey: c.storageKey,
            originalName: source.originalName,
            mime: source.mime,
            size: source.size,
            sha256: source.sha256,
            width: source.width,
            height: source.height,
          },
          select: { id: true },
        });
        copyIds.set(`${c.member}:${c.source}`, copy.id);
      }
      for (const [id, i] of firstUser)
        await tx.upload.update({
          where: { id },
          data: { applicationId: ids[i]!, fieldName: fieldOfFile(planned[i]!.item, planned[i]!.answers, id) },
        });

      const memberRefs: { key: string; reference: string }[] = [];
      for (const [i, p] of planned.entries()) {
        const own = withFiles(p.item, p.answers, (id) => copyIds.get(`${i}:${id}`) ?? id);
        await tx.application.update({
          where: { id: ids[i]! },
          data: { answers: sealAnswers(own), lastStepId: null },
        });
        const version = i === 0 ? app.version : 0;
        const pending = pendingMaterialsOf(memberAsAsked(p.item, p.member), own, app.channel).map((material) => ({
          material,
          dueBy: addWorkingDays(today, DEFERRED_MATERIAL_DAYS),
        }));
        const reference = generateReference(today);
        const moved = await submitInTransaction(
          tx,
          ids[i]!,
          {
            version,
            ...applicantColumns(own),
            reference,
            submittedAt: now,
            pending,
            actor: acting.actor,
            ...enteredAtWindow(acting),
            ...deadlinesAt(today, p.item.promisedDays, p.item.legalDays),
            departments: [p.item.department, ...(p.item.coDepartments ?? [])],
            serviceSlug: p.item.slug,
          },
          { sms: false },
        );
        // Only the claimed draft can have moved meanwhile, and the claim holds its row: a miss is a bug, roll back.
        if (!moved) throw new Error(`bundle member ${p.member.key} was not submitted`);
        memberRefs.push({ key: p.member.key, reference });
      }
      await recordAudit(
        {
          action: "bundle.submitted",
          payload: {
            bundle: bundle.slug,
            reference: bundleReference,
            members: memberRefs,
            ...(w ? { windowNo: w.windowNo } : {}),
          },
          actor: { id: acting.actor.id, role: acting.actor.role as Role },
          subject: { type: "bundle", id: row.id },
          ...(w ? { onBehalfOf: w.residentId } : {}),
        },
        tx,
      );
      // One SMS for the bundle: the resident did one thing.
      await notifyApplicant(tx, {
        applicationId: app.id,
        userId: acting.applicantId,
        type: "submitted",
        serviceSlug: bundle.slug,
        reference: bundleReference,
        sms: true,
      });
      return row.id;
    })
    .catch(async (e: unknown) => {
      // Nothing was written: the copies' bytes are not needed.
      await Promise.all(copies.map((c) => storage.delete(c.storageKey).catch(() => {})));
      // Lost the race for this draft (claimed, or its bundle created, by a parallel submit), or a save changed it.
      if (e instanceof DraftMovedOn || (e as { code?: string }).code === "P2002") return null;
      throw e;
    });
  if (created) {
    deliverOutboxSoon();
    return { bundleId: created, reference: bundleReference, alreadySubmitted: false };
  }
  // A parallel submit claimed the draft first (answer with its bundle), or a save changed it (check again).
  return (await alreadySubmitted(acting, app.id)) ?? "changed";
}
