import { describe, expect, it } from "vitest";
import { submitWith } from "./submit-with";
import type { SubmissionStore, SubmittableApplication, SubmitChanges } from "./submission-store";
import { elderlyAllowance } from "@/lib/services/items/elderly-allowance";
import type { AssuranceLevel } from "@/lib/accounts/assurance";

const complete = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "11010519491231002X",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "1号" },
  forWhom: "self",
  payout: "social-security-card",
  hukouScan: ["u1"],
  idCardScan: ["u2"],
  bankCardScan: [],
  bankCardPledge: true,
  declarationTruthful: true,
};

const owner = "resident-1";
/** Who owns the stored application and under which item (the columns the real where clause filters by). */
const stored = { applicantId: owner, serviceCode: elderlyAllowance.code };

/**
 * An in-memory store with the same semantics as the database one: find filters by id, applicant and item exactly
 * like prisma-submission-store's where clause (so the ownership check is exercised, not assumed), and markSubmitted
 * is a compare-and-set on the draft status.
 */
function memoryStore(
  draft: Omit<SubmittableApplication, "version"> & { version?: number },
  opts: {
    revoked?: string[];
    uploads?: string[];
    assurance?: AssuranceLevel;
    beforeWrite?: (app: SubmittableApplication) => void;
  } = {},
) {
  const app: SubmittableApplication = { version: 0, ...draft };
  const events: SubmitChanges[] = [];
  // The files this draft's applicant uploaded to it (the answer data names u1 and u2).
  const uploads = new Set(opts.uploads ?? ["u1", "u2"]);
  const store: SubmissionStore = {
    missingConsents: async () => opts.revoked ?? [],
    assuranceOf: async () => opts.assurance ?? "in_person",
    foreignUploads: async (id, applicantId, ids) =>
      id === app.id && applicantId === stored.applicantId ? ids.filter((u) => !uploads.has(u)) : ids,
    find: async (applicantId, serviceCode, id) =>
      id === app.id && applicantId === stored.applicantId && serviceCode === stored.serviceCode ? { ...app } : null,
    // Compare-and-set on (draft, version), as write-transition.ts does.
    markSubmitted: async (_id, c) => {
      opts.beforeWrite?.(app);
      if (app.status !== "draft" || app.version !== c.version) return false;
      app.status = "submitted";
      app.version++;
      app.reference = c.reference;
      events.push(c);
      return true;
    },
  };
  return { store, events, app };
}

const acting = { applicantId: owner, actor: { id: owner, role: "resident" as const }, channel: "online" as const };
const input = { service: elderlyAllowance, applicationId: "a1", now: new Date("2026-11-25T02:00:00Z") };
let n = 0;
const refs = () => `YN20261125TEST000${++n}`;

describe("submitting an application", () => {
  it("is idempotent: a second submit returns the same reference and records nothing new", async () => {
    const m = memoryStore({ id: "a1", status: "draft", reference: null, answers: complete, channel: "online" });
    const first = await submitWith(m.store, acting, input, refs);
    const second = await submitWith(m.store, acting, input, refs);
    expect(first.alreadySubmitted).toBe(false);
    expect(second).toEqual({ reference: first.reference, alreadySubmitted: true });
    expect(m.events).toHaveLength(1);
  });
  it("stores the applicant's name and the last six characters of the ID number as columns", async () => {
    const m = memoryStore({ id: "a1", status: "draft", reference: null, answers: complete, channel: "online" });
    await submitWith(m.store, acting, input, refs);
    expect(m.events[0]).toMatchObject({ applicantName: "阿依古丽·艾买提", applicantIdTail: "31002X", version: 0 });
  });
  it("a step saved between validating and writing: validates the saved answers again and refuses them", async () => {
    let saved = false;
    const m = memoryStore(
      { id: "a1", status: "draft", reference: null, answers: complete, channel: "online" },
      {
        // Another tab saves the declaration step unticked while this submit is between its checks and its write.
        beforeWrite: (app) => {
          if (saved) return;
          saved = true;
          app.answers = { ...app.answers, declarationTruthful: false };
          app.version++;
        },
      },
    );
    await expect(submitWith(m.store, acting, input, refs)).rejects.toMatchObject({
      code: "errors:application.incomplete",
      stepId: "declaration",
    });
    expect(m.events).toHaveLength(0);
    expect(m.app.status).toBe("draft");
  });
  it("a resident who is not the applicant is refused by the state machine even if the store found the draft", async () => {
    const m = memoryStore({ id: "a1", status: "draft", reference: null, answers: complete, channel: "online" });
    await expect(
      submitWith(m.store, { ...acting, actor: { id: "resident-2", role: "resident" } }, input, refs),
    ).rejects.toMatchObject({ code: "errors:application.notFound" });
    expect(m.events).toHaveLength(0);
  });
  it("answers an already-submitted application with its reference, without validating it again", async () => {
    // Submitted under an earlier version of the form (a field added since is unanswered): a retried request must
    // still get the reference, not an "incomplete" error for a form the person can no longer edit.
    const m = memoryStore({
      id: "a1",
      status: "submitted",
      reference: "YN20261120OLD00001",
      answers: { ...complete, declarationTruthful: undefined },
      channel: "online",
    });
    await expect(submitWith(m.store, acting, input, refs)).resolves.toEqual({
      reference: "YN20261120OLD00001",
      alreadySubmitted: true,
    });
    expect(m.events).toHaveLength(0);
  });
  it("two submits racing: the loser gets the winner's reference", async () => {
    const m = memoryStore({ id: "a1", status: "draft", reference: null, answers: complete, channel: "online" });
    const [a, b] = await Promise.all([
      submitWith(m.store, acting, input, refs),
      submitWith(m.store, acting, input, refs),
    ]);
    expect(a.reference).toBe(b.reference);
    expect(m.events).toHaveLength(1);
  });
  it("computes the promised date in working days and records materials on a pledge", async () => {
    const m = memoryStore({ id: "a1", status: "draft", reference: null, answers: complete, channel: "online" });
    await submitWith(m.store, acting, input, refs);
    // Wed 2026-11-25 + 10 working days = Wed 2026-12-09.
    expect(m.events[0]!.promisedBy).toBe("2026-12-09");
    expect(m.events[0]!.pending).toEqual([{ material: "bank-card", dueBy: "2026-12-09" }]);
  });
  it("refuses an incomplete application and names the step to finish", async () => {
    const m = memoryStore({
      id: "a1",
      status: "draft",
      reference: null,
      answers: { ...complete, declarationTruthful: false },
      channel: "online",
    });
    await expect(submitWith(m.store, acting, input, refs)).rejects.toMatchObject({
      code: "errors:application.incomplete",
      stepId: "declaration",
    });
    expect(m.events).toHaveLength(0);
  });
  it("does not find someone else's application", async () => {
    // Same id, a complete draft: only the owner filter can stop this submit.
    const m = memoryStore({ id: "a1", status: "draft", reference: null, answers: complete, channel: "online" });
    await expect(
      submitWith(
        m.store,
        { ...acting, applicantId: "resident-2", actor: { id: "resident-2", role: "resident" } },
        input,
        refs,
      ),
    ).rejects.toMatchObject({ code: "errors:application.notFound" });
    expect(m.events).toHaveLength(0);
    expect(m.app.status).toBe("draft");
  });
  it("refuses when a consent the item needs was revoked since the form was filled", async () => {
    const m = memoryStore(
      { id: "a1", status: "draft", reference: null, answers: complete, channel: "online" },
      { revoked: ["income"] },
    );
    await expect(submitWith(m.store, acting, input, refs)).rejects.toMatchObject({
      code: "errors:application.consentMissing",
    });
    expect(m.events).toHaveLength(0);
  });
  it("refuses a file answer that is not an upload of this draft, and names its step", async () => {
    const m = memoryStore({
      id: "a1",
      status: "draft",
      reference: null,
      answers: { ...complete, idCardScan: ["x"] },
      channel: "online",
    });
    await expect(submitWith(m.store, acting, input, refs)).rejects.toMatchObject({
      code: "errors:application.fileNotUploaded",
      stepId: "materials",
    });
    expect(m.events).toHaveLength(0);
  });
  it("refuses a submit from a channel the draft is no longer open in (a tab left open before a hand-over)", async () => {
    const m = memoryStore({ id: "a1", status: "draft", reference: null, answers: complete, channel: "window" });
    await expect(submitWith(m.store, acting, input, refs)).rejects.toMatchObject({
      code: "errors:application.otherChannel",
    });
    expect(m.events).toHaveLength(0);
  });
  it("refuses a resident below the item's assurance level (a post that skipped the start page); a clerk at the window is not", async () => {
    const draft = { id: "a1", status: "draft", reference: null, answers: complete, channel: "online" as const };
    const m = memoryStore(draft, { assurance: "phone" });
    await expect(submitWith(m.store, acting, input, refs)).rejects.toMatchObject({
      code: "errors:application.assuranceMissing",
    });
    expect(m.events).toHaveLength(0);
    const windowDraft = { ...draft, channel: "window" as const, answers: { ...complete, originalsSeen: true } };
    const atWindow = memoryStore(windowDraft, { assurance: "phone" });
    const clerk = { ...acting, actor: { id: "clerk-1", role: "clerk" as const }, channel: "window" as const };
    expect((await submitWith(atWindow.store, clerk, input, refs)).alreadySubmitted).toBe(false);
  });
});
