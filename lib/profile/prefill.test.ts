import { describe, expect, it } from "vitest";
import { services } from "@/lib/services";
import { visibleSteps, visibleFields } from "@/lib/form-engine/journey";
import { answersFromProfile, mergePrefill, prefillAnswers } from "./prefill";
import type { ProfileSnapshot } from "./profile-snapshot";

const ctx = { today: "2026-11-25" };
const full: ProfileSnapshot = {
  fullName: "阿依古丽·艾买提",
  idNumber: "11010519491231002X",
  mobile: "13800000001",
  address: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  hukouAddress: "甘肃省天水市秦州区民主西路12号",
  bankCard: "4111111111111111",
  employer: "伊宁市某商贸有限公司",
  householdMembers: [
    { relation: "spouse", name: "艾买提·托合提", idNumber: "654002198509110012" },
    { relation: "child", name: "阿力木·艾买提", idNumber: "654002201506010010" },
  ],
};
const broken: ProfileSnapshot = {
  fullName: "1",
  idNumber: "110105194912310021",
  mobile: "12345",
  address: { county: "nowhere" },
  bankCard: "4111111111111112",
  employer: 42 as unknown as string,
  householdMembers: [{ relation: "???", name: "", idNumber: "bad" }],
};

describe("prefillAnswers", () => {
  for (const service of services) {
    describe(service.slug, () => {
      it("fills every applicant fact the profile has, each one valid for its field", () => {
        const { answers, sources } = prefillAnswers(service, full, ctx);
        for (const name of ["applicantName", "applicantIdNumber", "applicantMobile", "applicantAddress"]) {
          if (service.steps.some((s) => s.fields.some((f) => f.name === name)))
            expect(answers[name], name).toBeDefined();
        }
        expect(Object.keys(sources).sort()).toEqual(Object.keys(answers).sort());
        // Nothing prefilled is left to type: the first step has no empty profile field.
        const first = visibleSteps(service, answers, "online")[0]!;
        const empty = visibleFields(first, answers, "online").filter((f) => f.prefill && answers[f.name] === undefined);
        expect(empty.map((f) => f.name)).toEqual([]);
      });
      it("skips bad stored values and never throws", () => {
        expect(() => prefillAnswers(service, broken, ctx)).not.toThrow();
        expect(prefillAnswers(service, broken, ctx).answers).toEqual({});
        expect(prefillAnswers(service, null, ctx).answers).toEqual({});
        expect(prefillAnswers(service, { fullName: { evil: true } as unknown as string }, ctx).answers).toEqual({});
      });
    });
  }

  it("fills the permanent household registration (户籍地址) of a residence permit from the profile", () => {
    const permit = services.find((s) => s.slug === "residence-permit")!;
    const { answers, sources } = prefillAnswers(permit, full, ctx);
    expect(answers.previousHukouAddress).toBe(full.hukouAddress);
    expect(sources.previousHukouAddress).toBe("hukouAddress");
    expect(prefillAnswers(permit, { ...full, hukouAddress: "x".repeat(101) }, ctx).answers.previousHukouAddress).toBe(
      undefined,
    );
  });

  it("fills household members into a household group, leaving what the profile does not know", () => {
    const service = services.find((s) => s.slug === "minimum-living-allowance")!;
    const { answers } = prefillAnswers(service, full, ctx);
    const members = answers.householdMembers as Record<string, unknown>[];
    expect(members).toHaveLength(2);
    expect(members[0]).toMatchObject({
      relation: "spouse",
      memberName: "艾买提·托合提",
      memberIdNumber: "654002198509110012",
      memberMonthlyIncome: "",
    });
  });

  it("drops only the invalid member, keeps the valid one", () => {
    const service = services.find((s) => s.slug === "minimum-living-allowance")!;
    const { answers } = prefillAnswers(
      service,
      { householdMembers: [...broken.householdMembers!, full.householdMembers![0]!] },
      ctx,
    );
    expect(answers.householdMembers).toHaveLength(1);
  });
});

describe("mergePrefill", () => {
  it("never overwrites what the person answered, even an emptied field", () => {
    const merged = mergePrefill(
      { applicantName: "", applicantMobile: "13900000009" },
      {
        answers: { applicantName: "A·B", applicantMobile: "13800000001", applicantIdNumber: "11010519491231002X" },
        sources: { applicantName: "fullName", applicantMobile: "mobile", applicantIdNumber: "idNumber" },
      },
    );
    expect(merged.answers).toEqual({
      applicantName: "",
      applicantMobile: "13900000009",
      applicantIdNumber: "11010519491231002X",
    });
    expect(merged.prefilled).toEqual({ applicantIdNumber: "idNumber" });
  });
});

describe("answersFromProfile", () => {
  const service = services.find((s) => s.slug === "elderly-allowance")!;
  const prefill = prefillAnswers(service, full, ctx);
  it("counts answers that are the profile's value, prefilled now or saved earlier (address keys in any order)", () => {
    const a = full.address as Record<string, string>;
    const saved = {
      applicantName: full.fullName,
      applicantAddress: { detail: a.detail, community: a.community, township: a.township, county: a.county },
    };
    const { answers } = mergePrefill(saved, prefill);
    expect(Object.keys(answersFromProfile(answers, prefill)).sort()).toEqual(Object.keys(prefill.answers).sort());
  });
  it("does not count an answer the person changed", () => {
    const { answers } = mergePrefill({ applicantMobile: "13900000000" }, prefill);
    expect(answersFromProfile(answers, prefill)).not.toHaveProperty("applicantMobile");
    expect(answersFromProfile(answers, prefill)).toHaveProperty("applicantName", "fullName");
  });
});
