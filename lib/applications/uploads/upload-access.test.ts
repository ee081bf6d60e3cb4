import { describe, expect, it } from "vitest";
import { uploadAccess } from "./upload-access";

const upload = { ownerId: "resident-1", partDepartments: ["civil-affairs", "township"] };

describe("who may read an uploaded material", () => {
  it("lets the owner read their own file", () => {
    expect(uploadAccess({ id: "resident-1", role: "resident" }, upload)).toBe("owner");
  });
  it("denies another resident", () => {
    expect(uploadAccess({ id: "resident-2", role: "resident" }, upload)).toBe("denied");
  });
  it("lets a window clerk read the files of the resident served in a consented session (audited), and no one else's", () => {
    expect(
      uploadAccess(
        { id: "clerk", role: "clerk", departmentId: "service-center", windowResidentId: "resident-1" },
        upload,
      ),
    ).toBe("staff");
    expect(
      uploadAccess(
        { id: "clerk", role: "clerk", windowResidentId: "resident-1" },
        { ownerId: "resident-1", partDepartments: [] },
      ),
    ).toBe("staff");
    expect(uploadAccess({ id: "clerk", role: "clerk", windowResidentId: "resident-2" }, upload)).toBe("denied");
    expect(uploadAccess({ id: "clerk", role: "clerk", departmentId: "service-center" }, upload)).toBe("denied");
  });
  it("lets a reviewer read files of applications their department has a part in, lead or co-department", () => {
    expect(uploadAccess({ id: "r1", role: "reviewer", departmentId: "civil-affairs" }, upload)).toBe("staff");
    expect(uploadAccess({ id: "r3", role: "reviewer", departmentId: "township" }, upload)).toBe("staff");
  });
  it("denies a reviewer of another department, one without a department, and a file of no application", () => {
    expect(uploadAccess({ id: "r2", role: "reviewer", departmentId: "hrss" }, upload)).toBe("denied");
    expect(uploadAccess({ id: "r9", role: "reviewer", departmentId: null }, upload)).toBe("denied");
    expect(
      uploadAccess(
        { id: "r1", role: "reviewer", departmentId: "civil-affairs" },
        { ownerId: "resident-1", partDepartments: [] },
      ),
    ).toBe("denied");
  });
  it("denies administrators, who manage accounts and not cases", () => {
    expect(uploadAccess({ id: "admin", role: "admin" }, upload)).toBe("denied");
  });
});
