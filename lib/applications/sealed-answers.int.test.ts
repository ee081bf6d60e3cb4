// Issue 18, "at rest: … answers in clear". Draft and application answers (ID numbers, bank cards, household members)
// are stored sealed; the use cases read them back; answers left in clear by an older version are sealed by the
// reseal step every start runs.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, residentActing, sampleAddress, seedDepartments, service } from "@/lib/test-support/factories";
import { resealData } from "@/lib/security/reseal-data";
import { startApplication } from "./draft/start-application";
import { saveStep } from "./draft/save-step";
import { getDraft } from "./draft/get-draft";

beforeAll(seedDepartments);

const card = service("social-security-card");
const rawAnswers = (id: string) =>
  db.$queryRaw<{ answers: string }[]>`SELECT answers::text AS answers FROM "Application" WHERE id = ${id}`.then(
    (r) => r[0]!.answers,
  );

async function draftWithApplicantStep() {
  const r = await createResident();
  const { id } = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
  const saved = await saveStep(residentActing(r.id, "online"), {
    service: card,
    stepId: "applicant",
    values: {
      applicantName: r.name,
      applicantIdNumber: r.idNumber,
      applicantMobile: r.mobile,
      applicantAddress: sampleAddress,
    },
  });
  expect(saved).toMatchObject({ ok: true });
  return { r, id };
}

describe("application answers at rest", () => {
  it("hold no ID number, name or phone in clear", async () => {
    const { r, id } = await draftWithApplicantStep();
    const raw = await rawAnswers(id);
    expect(raw).not.toContain(r.idNumber);
    expect(raw).not.toContain(r.name);
    expect(raw).not.toContain(r.mobile);
    expect(raw).toMatch(/^\{"\$sealed": "v1:it1:/);
  });

  it("are read back whole by the use cases", async () => {
    const { r } = await draftWithApplicantStep();
    expect((await getDraft(r.id, card.code))?.answers).toMatchObject({
      applicantName: r.name,
      applicantIdNumber: r.idNumber,
      applicantMobile: r.mobile,
    });
  });

  it("left in clear by an older version are sealed by the reseal step, and still read the same", async () => {
    const { r, id } = await draftWithApplicantStep();
    const clear = { applicantName: r.name, applicantIdNumber: r.idNumber };
    await db.application.update({ where: { id }, data: { answers: clear } });
    expect(await rawAnswers(id)).toContain(r.idNumber);
    await resealData(db);
    expect(await rawAnswers(id)).not.toContain(r.idNumber);
    expect((await getDraft(r.id, card.code))?.answers).toEqual(clear);
  });
});
