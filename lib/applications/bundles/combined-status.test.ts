import { describe, expect, it } from "vitest";
import { combinedStatus } from "./combined-status";

describe("combinedStatus", () => {
  it("puts a supplement asked by one department first, without hiding the approved parts", () => {
    const c = combinedStatus(["supplement_requested", "approved", "result_issued"]);
    expect(c.overall).toBe("needsAction");
    expect(c.counts).toMatchObject({ needsAction: 1, approved: 2, inProgress: 0 });
  });

  it("is in progress while any member is still being handled", () => {
    const c = combinedStatus(["approved", "under_review", "refused"]);
    expect(c.overall).toBe("inProgress");
    expect(c.counts).toMatchObject({ approved: 1, inProgress: 1, refused: 1 });
  });

  it("is finished when every member is decided or withdrawn, a refusal included", () => {
    expect(combinedStatus(["approved", "refused", "withdrawn"]).overall).toBe("finished");
    expect(combinedStatus(["closed", "not_accepted"]).counts).toMatchObject({ approved: 1, refused: 1 });
  });

  it("counts an undone member (back to a draft) as waiting for the resident", () => {
    expect(combinedStatus(["draft", "submitted"]).overall).toBe("needsAction");
  });
});
