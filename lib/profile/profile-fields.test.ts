import { describe, expect, it } from "vitest";
import { fieldSchema } from "@/lib/form-engine/field-kinds/field-schema";
import { profileFieldDefs } from "./profile-fields";

describe("profile fields", () => {
  it("the Uyghur-script name is optional and must be written in Uyghur letters", () => {
    const s = fieldSchema(profileFieldDefs.fullNameUg, { today: "2026-12-01" });
    expect(s.safeParse("").success).toBe(true);
    expect(s.safeParse(" ئايگۈل ئەھمەت ").data).toBe("ئايگۈل ئەھمەت");
    for (const bad of ["Aygul Ehmet", "阿依古丽", "ئايگۈل 1"]) {
      const r = s.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("profile:errors.nameUg");
    }
  });
});
