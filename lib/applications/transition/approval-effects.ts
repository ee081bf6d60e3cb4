// What an approval changes besides the application (ServiceDef.onApproved), written in the approval's transaction so
// that a rolled-back approval changes nothing. Today one effect: a registered newborn joins the applicant's
// household list (one entry, shared: the next form picks the child instead of asking for the name again).
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { ServiceDef } from "@/lib/form-engine/types";
import { openAnswers } from "@/lib/applications/sealed-answers";
import { sealMember, idNumberHash } from "@/lib/profile/sealed-fields";
import { assignNewbornIdNumber } from "@/lib/profile/registry/newborn-id-number";

const text = (v: unknown) => (typeof v === "string" ? v : "");

export async function applyApprovalEffect(
  tx: Prisma.TransactionClient,
  effect: NonNullable<ServiceDef["onApproved"]>,
  applicationId: string,
): Promise<void> {
  if (effect !== "newbornJoinsHousehold") return;
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { applicantId: true, answers: true },
  });
  const a = openAnswers(app.answers);
  const name = text(a.babyName);
  const birthDate = text(a.babyBirthDate);
  // The baby's number carries the region of the hukou it joins: the applicant's, or the other parent's.
  const joinsApplicant = !a.joinHukouOf || a.joinHukouOf === a.applicantRole;
  const parentId = text(joinsApplicant ? a.applicantIdNumber : a.otherParentIdNumber) || text(a.applicantIdNumber);
  if (!name || !birthDate || !/^\d{6}/.test(parentId)) return;
  const idNumber = assignNewbornIdNumber(
    parentId.slice(0, 6),
    birthDate,
    a.babyGender === "female" ? "female" : "male",
  );
  await tx.householdMember.upsert({
    where: { ownerId_idNumberHash: { ownerId: app.applicantId, idNumberHash: idNumberHash(idNumber) } },
    create: {
      ownerId: app.applicantId,
      relation: "child",
      ...sealMember({ name, idNumber }),
      source: "registry",
      verified: true,
    },
    update: {},
  });
}
