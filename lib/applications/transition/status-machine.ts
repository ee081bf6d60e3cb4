// The application state machine: which event may move an application from which status to which, and who may fire
// it. Pure (no I/O, no clock of its own): transition-application.ts applies a decision as a compare-and-set plus an
// event row in one transaction. Every row of the table below has a unit test (status-machine.test.ts).
//
//   draft ─submit→ submitted ─accept→ accepted ─approve_part*→ under_review ─(all parts approved)→ approved
//                      │                  │                         │                               │
//                      ├─refuse_intake→ not_accepted                ├─refuse→ refused          issue_result
//                      └─request_supplement→ supplement_requested ←─┘                               ↓
//                                           └─resubmit→ (back where it was)                    result_issued ─close→ closed
//   withdraw (resident, before a decision) → withdrawn;  undo_submit (resident, ≤ 10 min, nothing done yet) → draft

export const statuses = [
  "draft",
  "submitted",
  "accepted",
  "not_accepted",
  "under_review",
  "supplement_requested",
  "approved",
  "refused",
  "result_issued",
  "closed",
  "withdrawn",
] as const;
export type Status = (typeof statuses)[number];

export const events = [
  "submit",
  "accept",
  "refuse_intake",
  "request_supplement",
  "pledge_overdue",
  "resubmit",
  "approve_part",
  "refuse",
  "issue_result",
  "close",
  "withdraw",
  "undo_submit",
] as const;
export type EventType = (typeof events)[number];

/** The event type stored in the timeline: a submission is recorded as "submitted" (the type the timeline, the inbox
 * and the SMS texts have always used); every other event under its own name. */
export function storedEventType(event: EventType): string {
  return event === "submit" ? "submitted" : event;
}

export type ActorRole = "resident" | "clerk" | "reviewer" | "admin" | "system";
export type PartState = "pending" | "approved" | "refused";

export type Actor = {
  role: ActorRole;
  /** The staff member's department (reviewers act for theirs). */
  departmentId?: string | null;
  /** For residents: is this their own application? */
  isApplicant?: boolean;
};

/** What the rule needs to know about the application, as plain data. */
export type MachineContext = {
  status: Status;
  leadDepartment: string;
  /** Sign-off parts: the lead department and every co-department (并行审批). */
  parts: Record<string, PartState>;
  /** 一次性告知: the complete list of what is missing is asked for once, never piecemeal. */
  supplementRequested: boolean;
  /** Where a resubmission returns to (the status the request was made in). */
  returnTo?: Status | null;
  /** A material accepted on a pledge (容缺) is past its due date. */
  pledgeOverdue?: boolean;
  submittedAt?: Date | null;
  now: Date;
  /** Anything done by staff since submission (an undo is then no longer possible). */
  staffActed?: boolean;
};

export type Refusal =
  | "forbidden" // this role (or department) may not fire this event
  | "invalidState" // not from this status: someone else may have moved it on
  | "supplementAlreadyRequested"
  | "partDecided" // this department has already decided
  | "undoExpired"
  | "noOverduePledge";

export type Decision =
  | {
      ok: true;
      to: Status;
      part?: { departmentId: string; status: PartState };
      pauseClock?: boolean;
      resumeClock?: boolean;
    }
  | { ok: false; reason: Refusal };

export const UNDO_WINDOW_MS = 10 * 60 * 1000;

/** Statuses in which the resident may still withdraw: no decision has been made yet. */
const beforeDecision: readonly Status[] = ["submitted", "accepted", "under_review", "supplement_requested"];
const inReview: readonly Status[] = ["accepted", "under_review"];

type Rule = {
  from: readonly Status[];
  /** Who may fire it, given the context. */
  may: (actor: Actor, ctx: MachineContext) => boolean;
  decide: (ctx: MachineContext, actor: Actor) => Decision;
};

const isLeadStaff = (a: Actor, c: MachineContext) =>
  a.role === "clerk" || (a.role === "reviewer" && a.departmentId === c.leadDepartment);
const isPartReviewer = (a: Actor, c: MachineContext) =>
  a.role === "reviewer" && !!a.departmentId && a.departmentId in c.parts;
const isApplicant = (a: Actor) => a.role === "resident" && a.isApplicant === true;

const rules: Record<EventType, Rule> = {
  // 提交: the applicant (online or at a kiosk), or a clerk at the window for the resident served (the submit use case
  // checks the window grant). Validation, consent and materials are the use case's checks before it asks.
  submit: {
    from: ["draft"],
    may: (a) => isApplicant(a) || a.role === "clerk",
    decide: () => ({ ok: true, to: "submitted" }),
  },
  // 受理: the lead department, or the comprehensive window (一窗受理) for any department.
  accept: { from: ["submitted"], may: isLeadStaff, decide: () => ({ ok: true, to: "accepted" }) },
  refuse_intake: { from: ["submitted"], may: isLeadStaff, decide: () => ({ ok: true, to: "not_accepted" }) },
  request_supplement: {
    from: ["submitted", "accepted", "under_review"],
    may: (a, c) => isLeadStaff(a, c) || isPartReviewer(a, c),
    decide: (c) =>
      c.supplementRequested
        ? { ok: false, reason: "supplementAlreadyRequested" }
        : { ok: true, to: "supplement_requested", pauseClock: true },
  },
  // A pledged material that did not arrive in time: the application waits for it like for a supplement.
  pledge_overdue: {
    from: inReview,
    may: (a, c) => a.role === "system" || isLeadStaff(a, c),
    decide: (c) =>
      c.pledgeOverdue
        ? { ok: true, to: "supplement_requested", pauseClock: true }
        : { ok: false, reason: "noOverduePledge" },
  },
  resubmit: {
    from: ["supplement_requested"],
    may: (a) => isApplicant(a) || a.role === "clerk",
    decide: (c) => ({
      ok: true,
      to: c.returnTo && c.returnTo !== "supplement_requested" ? c.returnTo : "under_review",
      resumeClock: true,
    }),
  },
  approve_part: {
    from: inReview,
    may: isPartReviewer,
    decide: (c, a) => {
      const dept = a.departmentId!;
      if (c.parts[dept] !== "pending") return { ok: false, reason: "partDecided" };
      const othersApproved = Object.entries(c.parts).every(([d, s]) => d === dept || s === "approved");
      return {
        ok: true,
        to: othersApproved ? "approved" : "under_review",
        part: { departmentId: dept, status: "approved" },
      };
    },
  },
  // Any required department's refusal stops the whole application.
  refuse: {
    from: inReview,
    may: isPartReviewer,
    decide: (c, a) =>
      c.parts[a.departmentId!] !== "pending"
        ? { ok: false, reason: "partDecided" }
        : { ok: true, to: "refused", part: { departmentId: a.departmentId!, status: "refused" } },
  },
  // 出件 and closing: the lead department or the window (统一出件).
  issue_result: { from: ["approved"], may: isLeadStaff, decide: () => ({ ok: true, to: "result_issued" }) },
  close: {
    from: ["result_issued", "refused", "not_accepted"],
    may: isLeadStaff,
    decide: () => ({ ok: true, to: "closed" }),
  },
  withdraw: { from: beforeDecision, may: isApplicant, decide: () => ({ ok: true, to: "withdrawn" }) },
  undo_submit: {
    from: ["submitted"],
    may: isApplicant,
    decide: (c) => {
      const fresh = c.submittedAt && c.now.getTime() - c.submittedAt.getTime() <= UNDO_WINDOW_MS && !c.staffActed;
      return fresh ? { ok: true, to: "draft" } : { ok: false, reason: "undoExpired" };
    },
  },
};

/** The rule: may `actor` fire `event` on an application in this context, and where does it go? */
export function decide(ctx: MachineContext, event: EventType, actor: Actor): Decision {
  const rule = rules[event];
  if (!rule.may(actor, ctx)) return { ok: false, reason: "forbidden" };
  if (!rule.from.includes(ctx.status)) return { ok: false, reason: "invalidState" };
  return rule.decide(ctx, actor);
}

/** Exactly the events this actor can fire now: the buttons a page shows (submitting is the review page's). */
export function allowedEvents(ctx: MachineContext, actor: Actor): EventType[] {
  return events.filter((e) => e !== "submit" && decide(ctx, e, actor).ok);
}

export function isFinal(status: Status): boolean {
  return status === "closed" || status === "withdrawn";
}

/** The clock runs (towards the promised date) only in these statuses. */
export function clockRuns(status: Status): boolean {
  return status === "submitted" || status === "accepted" || status === "under_review";
}
