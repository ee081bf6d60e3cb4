import { describe, expect, it } from "vitest";
import { maskForKiosk, maskTail } from "./kiosk-mask";

describe("maskForKiosk", () => {
  it("masks every identifier and the street address, keeping what the resident recognises", () => {
    const shown = maskForKiosk({
      fullName: "阿依古丽·艾买提",
      idNumber: "654002198806150029",
      mobile: "13800000001",
      bankCard: "6222021234567890123",
      disabilityCertNumber: "65400219880615002942",
      hukouAddress: "新疆伊犁哈萨克自治州伊宁市喀赞其民俗街28号",
      address: { county: "654002", township: "654002002", community: "654002002001", detail: "喀赞其民俗街28号" },
      householdMembers: [{ relation: "spouse", name: "艾买提·托合提", idNumber: "654002198509110012" }],
    });
    expect(shown).toEqual({
      fullName: "阿依古丽·艾买提",
      idNumber: "654002********0029",
      mobile: "138****0001",
      bankCard: "6222 **** 0123",
      disabilityCertNumber: "****************2942",
      hukouAddress: "新疆伊犁哈萨****",
      address: { county: "654002", township: "654002002", community: "654002002001", detail: "****" },
      householdMembers: [{ relation: "spouse", name: "艾买提·托合提", idNumber: "654002********0012" }],
    });
    expect(JSON.stringify(shown)).not.toContain("喀赞其");
  });

  it("leaves missing values missing, and masks short values whole", () => {
    expect(maskForKiosk({ idNumber: null, bankCard: "" })).toMatchObject({ idNumber: null, bankCard: "" });
    expect(maskTail("1234")).toBe("****");
  });
});
