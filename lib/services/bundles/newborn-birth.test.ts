// The newborn bundle composed over its member items: each fact asked once, each member's answers under its own names.
import { describe, expect, it } from "vitest";
import { getBundle, getService } from "@/lib/services";
import { visibleSteps } from "@/lib/form-engine/journey";
import type { Answers } from "@/lib/form-engine/types";
import { applyingMembers, memberAnswers, memberAsAsked } from "./member-answers";
import { pendingMaterialsOf } from "@/lib/applications/submit/submit-with";

const bundle = getBundle("newborn-birth-bundle")!;
const form = getService("newborn-birth-bundle")!;
const member = (key: string) => bundle.members.find((m) => m.key === key)!;
const item = (key: string) => getService(member(key).service)!;

const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  babyName: "艾力·艾买提",
  babyGender: "male",
  babyBirthDate: "2026-11-20",
  birthCertNumber: "Q654000123",
  birthHospital: "伊宁市妇幼保健院",
  applicantRole: "mother",
  otherParentName: "艾买提·吐尔逊",
  otherParentIdNumber: "654002198501010016",
  joinHukouOf: "mother",
  ethnicityFrom: "mother",
  familyPlanningRegistered: "yes",
  birthCertScan: ["u-birth"],
  hukouScan: ["u-hukou"],
  parentsIdScan: ["u-ids"],
  marriageCertScan: [],
  medical_paymentMethod: "self-pay",
  card_cardBank: "abc",
  card_collectionMethod: "branch",
  planning_childOrder: "1",
  declarationTruthful: true,
};

describe("the newborn bundle as one form", () => {
  it("asks the shared facts once, then each member's own questions under its label", () => {
    const ids = form.steps.map((s) => s.id);
    expect(ids.slice(0, 4)).toEqual(["applicant", "baby", "parents", "materials"]);
    expect(ids).toContain("card-card");
    expect(ids.slice(-2)).toEqual(["window-check", "declaration"]);
    const names = form.steps.flatMap((s) => s.fields.map((f) => f.name));
    expect(new Set(names).size).toBe(names.length);
    // The newborn's name is asked once: neither the insurance nor the card asks it again.
    expect(names.filter((n) => /newbornName|babyName/i.test(n))).toEqual(["babyName"]);
    expect(form.steps.find((s) => s.id === "card-card")!.title.zh).toBe("社保卡 · 申领信息");
  });

  it("drops what a fixed answer rules out (the parent's own category, a lost card)", () => {
    const names = form.steps.flatMap((s) => s.fields.map((f) => f.name));
    expect(names).not.toContain("medical_insuredCategory");
    expect(names).not.toContain("card_lossReported");
    expect(names).not.toContain("card_applicationType");
    expect(names).not.toContain("card_photoScan");
  });

  it("involves every member's department, and promises the slowest member's date", () => {
    expect([form.department, ...(form.coDepartments ?? [])].sort()).toEqual(
      ["health-commission", "hrss", "medical-security", "public-security"].sort(),
    );
    expect(form.promisedDays).toBe(Math.max(...bundle.members.map((m) => getService(m.service)!.promisedDays)));
  });

  it("asks 生育登记 only when it was not done during the pregnancy", () => {
    expect(applyingMembers(bundle, answers).map((m) => m.key)).toEqual(["hukou", "medical", "card"]);
    const notYet = { ...answers, familyPlanningRegistered: "no" };
    expect(applyingMembers(bundle, notYet).map((m) => m.key)).toEqual(["hukou", "medical", "card", "planning"]);
    expect(visibleSteps(form, answers, "online").map((s) => s.id)).not.toContain("planning-pregnancy");
    expect(visibleSteps(form, notYet, "online").map((s) => s.id)).toContain("planning-pregnancy");
  });

  it("gives each member its answers under the member item's own field names", () => {
    const medical = memberAnswers(bundle, member("medical"), item("medical"), answers);
    expect(medical).toMatchObject({
      applicantIdNumber: "654002198806150029",
      insuredPerson: "newborn",
      newbornName: "艾力·艾买提",
      newbornBirthDate: "2026-11-20",
      newbornBirthCertNumber: "Q654000123",
      birthCertScan: ["u-birth"],
      paymentMethod: "self-pay",
    });
    expect(medical).not.toHaveProperty("newbornHukouScan");
    const card = memberAnswers(bundle, member("card"), item("card"), answers);
    expect(card).toMatchObject({ cardHolder: "newborn", applicationType: "first", newbornName: "艾力·艾买提" });
    expect(card).toMatchObject({ cardBank: "abc", collectionMethod: "branch", hukouScan: ["u-hukou"] });
    const planning = memberAnswers(bundle, member("planning"), item("planning"), answers);
    expect(planning).toMatchObject({ spouseName: "艾买提·吐尔逊", idCardsScan: ["u-ids"], childOrder: "1" });
    expect(planning).not.toHaveProperty("expectedDueDate");
  });

  it("pledges only the materials a member really left out, not what a sibling produces", () => {
    const medical = memberAnswers(bundle, member("medical"), item("medical"), answers);
    // Alone, a newborn's insurance without the newborn's hukou page pledges it; in the bundle the birth
    // registration produces that page.
    expect(pendingMaterialsOf(item("medical"), medical, "online")).toEqual(["newborn-hukou"]);
    expect(pendingMaterialsOf(memberAsAsked(item("medical"), member("medical")), medical, "online")).toEqual([]);
  });
});

describe("materials shared between members", () => {
  it("knows the birth certificate asked by the insurance is the one the birth registration asked for", async () => {
    const { sharedFieldOfMaterial } = await import("./shared-materials");
    expect(sharedFieldOfMaterial(bundle, "hukou", item("hukou"), "birth-cert")).toBe("birthCertScan");
    expect(sharedFieldOfMaterial(bundle, "medical", item("medical"), "birth-cert")).toBe("birthCertScan");
    // The card's hukou page is the parent's household register, the same upload as the birth registration's.
    expect(sharedFieldOfMaterial(bundle, "card", item("card"), "hukou")).toBe("hukouScan");
    // Asked by one member only, or not asked in the bundle at all: nothing to share.
    expect(sharedFieldOfMaterial(bundle, "card", item("card"), "photo")).toBeUndefined();
    expect(sharedFieldOfMaterial(bundle, "medical", item("medical"), "newborn-hukou")).toBeUndefined();
  });
});
