// The individual-business bundle composed over its member items: the business facts and the ID card asked once, the
// employment card as self-employed under the business name, the resident pension only when chosen.
import { describe, expect, it } from "vitest";
import type { Answers, ServiceDef } from "@/lib/form-engine/types";
import { visibleSteps } from "@/lib/form-engine/journey";
import { bundles, getService } from "@/lib/services";
import { individualBusinessOpeningBundle as bundle } from "./individual-business-opening";
import { applyingMembers, memberAnswers } from "./member-answers";
import { ownFieldName, sharedFieldNames } from "./compose-bundle";

const composed = getService(bundle.slug)!;
const fieldNames = composed.steps.flatMap((s) => s.fields.map((f) => f.name));
const member = (key: string) => bundle.members.find((m) => m.key === key)!;
const item = (key: string): ServiceDef => getService(member(key).service)!;

const answers: Answers = {
  applicantName: "古丽",
  applicantIdNumber: "654002199001010023",
  businessName: "伊宁市古丽干果店",
  businessScope: "干鲜果品零售",
  organizationForm: "personal",
  idCardScan: ["u-id"],
  card_education: "senior",
  card_hasSkillCertificate: "no",
  declarationTruthful: true,
};

describe("个体工商户开办一件事", () => {
  it("is composed into the catalogue's bundles, after the newborn bundle", () => {
    expect(bundles.map((b) => b.slug).slice(0, 2)).toEqual([
      "newborn-birth-bundle",
      "individual-business-opening-bundle",
    ]);
    expect(composed.department).toBe("market-regulation");
    expect(composed.coDepartments).toEqual(["hrss"]);
    expect(composed.lifeEvents).toEqual(["business"]);
  });

  it("asks the shared steps once, then each member's own, then the window check and the declaration", () => {
    expect(composed.steps.map((s) => s.id)).toEqual([
      "applicant",
      "business",
      "operation",
      "enrol-pension",
      "materials",
      "card-background",
      "card-materials",
      "pension-insured",
      "pension-contribution",
      "pension-materials",
      "window-check",
      "declaration",
    ]);
  });

  it("asks the employment card no status, enterprise name, business licence or unemployed-only fields", () => {
    const cardFields = fieldNames.filter((n) => n.startsWith("card_"));
    expect(cardFields.sort()).toEqual(
      [
        "card_education",
        "card_hasSkillCertificate",
        "card_skillCertificateName",
        "card_photoScan",
        "card_educationCertScan",
      ].sort(),
    );
    for (const name of ["enterpriseName", "businessLicenceScan", "employmentStatus", "employerName", "unemployedSince"])
      expect(fieldNames).not.toContain(name);
    expect(composed.materials.map((m) => m.id)).not.toContain("card-business-licence");
  });

  it("uploads the owner's ID card once, for every member", () => {
    expect(fieldNames.filter((n) => n.endsWith("idCardScan"))).toEqual(["idCardScan"]);
    for (const key of ["licence", "card", "pension"])
      expect(memberAnswers(bundle, member(key), item(key), answers).idCardScan, key).toEqual(["u-id"]);
  });

  it("applies the resident pension only when the owner chooses to enrol", () => {
    const keys = (a: Answers) => applyingMembers(bundle, a).map((m) => m.key);
    expect(keys({ ...answers, pensionEnrol: "yes" })).toEqual(["licence", "card", "pension"]);
    expect(keys({ ...answers, pensionEnrol: "no" })).toEqual(["licence", "card"]);
    expect(keys(answers)).toEqual(["licence", "card"]);
    const steps = (a: Answers) => visibleSteps(composed, a, "online").map((s) => s.id);
    expect(steps({ ...answers, pensionEnrol: "no" }).filter((id) => id.startsWith("pension-"))).toEqual([]);
    expect(steps({ ...answers, pensionEnrol: "yes" })).toContain("pension-contribution");
  });

  it("gives the employment card the self-employed status and the business name as its enterprise name", () => {
    const card = memberAnswers(bundle, member("card"), item("card"), answers);
    expect(card.employmentStatus).toBe("self-employed");
    expect(card.enterpriseName).toBe(answers.businessName);
    expect(card.education).toBe("senior");
    expect(card).not.toHaveProperty("businessLicenceScan");
    expect(card.applicantIdNumber).toBe(answers.applicantIdNumber);
  });

  it("gives the business registration the shared business facts under its own names", () => {
    const licence = memberAnswers(bundle, member("licence"), item("licence"), answers);
    expect(licence).toMatchObject({ businessName: "伊宁市古丽干果店", businessScope: "干鲜果品零售" });
    expect(fieldNames.some((n) => n.startsWith("licence_"))).toBe(false);
  });

  it("asks every shared or mapped fact once: no member field the bundle maps, fixes or omits is asked again", () => {
    const shared = sharedFieldNames(bundle);
    for (const m of bundle.members) {
      const mapped = [
        ...Object.keys(m.from ?? {}),
        ...Object.keys(m.fixed ?? {}),
        ...(m.omit ?? []),
        ...item(m.key)
          .steps.flatMap((s) => s.fields.map((f) => f.name))
          .filter((n) => shared.has(n)),
      ];
      // The applicant, the ID card and the declaration are the bundle's, for every member.
      expect(mapped, m.key).toEqual(expect.arrayContaining(["applicantIdNumber", "idCardScan", "declarationTruthful"]));
      for (const name of mapped) expect(fieldNames, `${m.key}.${name}`).not.toContain(ownFieldName(m, name));
      // A renamed field is asked under the bundle's name only.
      for (const name of Object.keys(m.from ?? {})) expect(fieldNames, `${m.key}.${name}`).not.toContain(name);
    }
    expect(new Set(fieldNames).size).toBe(fieldNames.length);
  });

  it("has Uyghur text wherever it has Chinese, in Uyghur letters", () => {
    const bad: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== "object") return;
      const o = node as Record<string, unknown>;
      if (typeof o.zh === "string") {
        if (typeof o.ug !== "string" || !o.ug.trim() || /[\u4e00-\u9fff\u0647\u06CC\u06A9]/.test(o.ug)) bad.push(at);
      } else for (const [k, v] of Object.entries(o)) if (k !== "keywords") walk(v, `${at}.${k}`);
    };
    walk(bundle, bundle.slug);
    expect(bad).toEqual([]);
  });
});
