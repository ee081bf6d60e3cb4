import { describe, expect, it } from "vitest";
import { maskBankCard, maskIdNumber, maskLogin, maskMobile } from "./mask";

describe("masking", () => {
  it("keeps the first 6 and last 4 of an ID number", () => {
    expect(maskIdNumber("654002199001011234")).toBe("654002********1234");
    expect(maskIdNumber("65400219900101123X")).toBe("654002********123X");
  });
  it("hides short values entirely", () => {
    expect(maskIdNumber("1234567890")).toBe("**********");
    expect(maskMobile("1234567")).toBe("*******");
  });
  it("keeps the first 3 and last 4 of a mobile number", () => {
    expect(maskMobile("13800000001")).toBe("138****0001");
  });
  it("masks mobiles typed as logins but keeps staff IDs", () => {
    expect(maskLogin(" 13800000001 ")).toBe("138****0001");
    expect(maskLogin("clerk01")).toBe("clerk01");
  });
  it("keeps the first 4 and last 4 of a bank card", () => {
    expect(maskBankCard("6222600260001072444")).toBe("6222 **** 2444");
  });
});
