// The authorisation suite: every route handler and server action in route-table.ts that is not exempt is called by
// seven callers who must not reach resident A's objects — another resident (B), B posting a form captured at the
// window that names A's consented session, a clerk serving B, a clerk whose session with A awaits consent, a clerk
// replaying another clerk's consented session with A, a clerk whose consented session with A has ended, and a
// reviewer of a department with no part in A's applications — and each is refused: A's application, draft, upload, profile,
// consents, notifications, account and window sessions are unchanged afterwards, and nothing of A's comes back.
// Controls (the owner, a reviewer of the department with a part) show the probes can see a success.
import { GET as signedFormGET } from "@/app/api/window-consents/[id]/form/route";
import { issueTerminalAction, revokeTerminalAction } from "@/lib/terminal/actions/terminal-device-actions";
import {
  dismissJobAction,
  resolveMessageAction,
  retryJobAction,
  retryMessageAction,
} from "@/lib/operations/actions/needs-action-actions";
import { beginEnrolmentAction, confirmEnrolmentAction } from "@/lib/auth/second-factor/actions/enrolment-actions";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  actorOf,
  advance,
  createDraft,
  createResident,
  createStaff,
  createSubmitted,
  service,
  TEST_PASSWORD,
  type TestResident,
} from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { form, redirectOf } from "@/lib/test-support/next-request";
import { pdfBytes } from "@/lib/test-support/sample-files";
import { servedAtWindow } from "@/lib/test-support/window";
import { storeUpload } from "@/lib/applications/uploads/store-upload";
import { grantConsents } from "@/lib/profile/consents";
import { asClerk } from "@/lib/test-support/factories";
import { openWindowSession } from "@/lib/window/window-sessions";
import { GET as exportGET } from "@/app/api/me/export/route";
import { GET as ratingStatusGET } from "@/app/api/window-sessions/[id]/rating/route";
import { askRatingAction, rateVisitAction } from "@/lib/evaluation/actions/rating-actions";
import { rateAtTerminalAction } from "@/lib/evaluation/actions/terminal-rating-action";
import {
  giveVerdictAction,
  rateApplicationAction,
  respondToCaseAction,
} from "@/lib/evaluation/actions/evaluation-actions";
import { rateApplication } from "@/lib/evaluation/rate-application";
import { respondToCase } from "@/lib/evaluation/respond-to-case";
import { getCaseForStaff } from "@/lib/evaluation/get-case-for-staff";
import { GET as uploadGET } from "@/app/api/uploads/[id]/route";
import { POST as uploadPOST } from "@/app/api/uploads/route";
import {
  changeMobileAction,
  endOtherSessionsAction,
  realNameAction,
  setPasswordAction,
} from "@/lib/accounts/actions/account-actions";
import { saveStepAction } from "@/lib/applications/actions/save-step-action";
import { submitAction } from "@/lib/applications/actions/submit-action";
import { residentTransitionAction, staffTransitionAction } from "@/lib/applications/actions/transition-action";
import { markInboxReadAction } from "@/lib/notifications/mark-inbox-read";
import { grantConsentAction, revokeConsentAction } from "@/lib/profile/actions/consent-actions";
import { requestCorrectionAction } from "@/lib/profile/actions/request-correction-action";
import { revealAction } from "@/lib/profile/actions/reveal-action";
import { saveProfileAction } from "@/lib/profile/actions/save-profile-action";
import { writeBackAction } from "@/lib/profile/actions/write-back-action";
import { registerAction } from "@/lib/window/actions/register-action";
import {
  confirmCodeAction,
  confirmSignatureAction,
  endSessionAction,
  handOverAction,
  openSessionAction,
  sendCodeAction,
  verifyInPersonAction,
} from "@/lib/window/actions/window-actions";
import { requireRole } from "@/lib/auth/require-role";
import { actingAtWindow } from "@/lib/applications/acting";
import { getMyApplication } from "@/lib/applications/read/get-my-application";
import { getApplicationProgress } from "@/lib/applications/read/get-application-progress";
import { getMyBundle } from "@/lib/applications/bundles/get-my-bundle";
import { getApplicationForStaff } from "@/lib/applications/read/get-application-for-staff";
import { requireOpenWindowSession, requireWindowSession, windowGrantFor } from "@/lib/window/require-window-session";
import { actionTable, pageTable, routeTable, type PageEntry, type PageGate, type TableEntry } from "./route-table";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
vi.mock("next/headers", () => import("@/lib/test-support/next-request"));
vi.mock("next/cache", () => import("@/lib/test-support/next-request"));
// forbidden() refuses to run unless next.config.ts enables authInterrupts, which a test process does not read: here it
// throws what Next's own throws when enabled.
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  forbidden: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;403"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  },
}));

const SLUG = "social-security-card";
const SENSITIVE_SLUG = "minimum-living-allowance";
const OTHER_SENSITIVE_SLUG = "temporary-assistance";

type ActorName =
  | "resident"
  | "residentReplaying"
  | "clerkForAnother"
  | "clerkAwaitingConsent"
  | "clerkReplaying"
  | "clerkEnded"
  | "reviewerElsewhere";
/** `session`: the window session the actor names where a request carries one (their own or a captured one). */
type Actor = { name: ActorName; id: string; session?: string; clerk: boolean; resident: boolean };

type World = {
  a: TestResident;
  b: TestResident;
  draftId: string;
  uploadId: string;
  submittedId: string;
  acceptedId: string;
  supplementId: string;
  approvedId: string;
  consentId: string;
  /** Another clerk's sessions with A: consented, and awaiting consent. */
  otherClerkConsented: string;
  otherClerkPending: string;
  sessionIds: string[];
  actors: Actor[];
  hrssReviewerId: string;
  /** A's rated application, its answered case (awaiting A's verdict) and its open case (awaiting hrss). */
  ratedId: string;
  answeredCaseId: string;
  openCaseId: string;
  bundleId: string;
};
let w: World;

beforeAll(async () => {
  const a = await createResident({ name: "欧阳娜迪拉" });
  const b = await createResident({ name: "司马古丽" });
  const clerk = await createStaff("clerk");
  const hrss = await createStaff("reviewer", "hrss");
  const by = { clerk: actorOf(clerk), hrss: actorOf(hrss) };

  // A's applications, one in each state a probe needs.
  const submitted = await createSubmitted({ applicant: a });
  const accepted = await createSubmitted({ applicant: a });
  await advance(accepted.id, [{ event: "accept", by: by.clerk }]);
  const supplement = await createSubmitted({ applicant: a });
  await advance(supplement.id, [
    { event: "accept", by: by.clerk },
    { event: "request_supplement", by: by.hrss, input: { materials: ["photo"] } },
  ]);
  const approved = await createSubmitted({ applicant: a });
  await advance(approved.id, [
    { event: "accept", by: by.clerk },
    { event: "approve_part", by: by.hrss },
  ]);
  // A's application rated 2 online (the case answered by hrss, awaiting A's verdict) and 1 by SMS (the case open).
  const rated = await createSubmitted({ applicant: a });
  await advance(rated.id, [
    { event: "accept", by: by.clerk },
    { event: "approve_part", by: by.hrss },
  ]);
  const online = await rateApplication({ kind: "resident", residentId: a.id, channel: "online" }, rated.id, {
    score: 2,
  });
  const answeredCase = await db.rectificationCase.findUniqueOrThrow({ where: { evaluationId: online.evaluationId } });
  await respondToCase({ id: hrss.id, role: "reviewer", departmentId: "hrss" }, answeredCase.id, RESPONSE);
  const bySms = await rateApplication({ kind: "sms-reply", residentId: a.id }, rated.id, { score: 1 });
  const openCase = await db.rectificationCase.findUniqueOrThrow({ where: { evaluationId: bySms.evaluationId } });
  // A's draft, with a stored file (real bytes) and a part for hrss, as read-upload.int.test.ts does.
  const draft = await createDraft({ applicant: a });
  await db.applicationPart.create({ data: { applicationId: draft.id, departmentId: "hrss" } });
  const stored = await storeUpload({
    ownerId: a.id,
    service: service(SLUG),
    fieldName: "idCardScan",
    fileName: "a-id.pdf",
    bytes: pdfBytes("A's ID card"),
  });
  if (!stored.ok) throw new Error("upload refused");
  await grantConsents(a.id, service(SENSITIVE_SLUG), [...(service(SENSITIVE_SLUG).sensitive ?? [])]);
  const consent = await db.consent.findFirstOrThrow({ where: { userId: a.id } });
  // A signed in elsewhere; A not yet verified in person (a window clerk could raise that).
  await db.userSession.create({ data: { userId: a.id, channel: "online" } });
  await db.user.update({ where: { id: a.id }, data: { assurance: "registry" } });

  // The clerks: one serving B (consented), one whose session with A awaits consent, one with no session of their own
  // who replays the consented session of a fourth clerk with A.
  const forB = await servedAtWindow(b);
  const awaiting = await createStaff("clerk");
  const pendingOwn = await openWindowSession(asClerk(awaiting), a.id);
  const replaying = await createStaff("clerk");
  const fourth = await servedAtWindow(a);
  const fourthPending = await openWindowSession(asClerk(fourth.staff), a.id);
  // A clerk who served A earlier: consented, then ended.
  const earlier = await servedAtWindow(a);
  await db.windowSession.update({ where: { id: earlier.sessionId }, data: { endedAt: new Date() } });
  const elsewhere = await createStaff("reviewer", "civil-affairs");
  // A's life-event bundle, over A's approved application (what its pages read).
  const bundle = await db.applicationBundle.create({
    data: {
      reference: "YN20261203BUNDLE22",
      bundleSlug: "newborn-birth-bundle",
      applicantId: a.id,
      channel: "online",
      draftId: approved.id,
      submittedAt: new Date(),
    },
  });
  await db.application.update({ where: { id: approved.id }, data: { bundleId: bundle.id, bundleMember: "hukou" } });

  w = {
    a,
    b,
    draftId: draft.id,
    uploadId: stored.upload.id,
    submittedId: submitted.id,
    acceptedId: accepted.id,
    supplementId: supplement.id,
    approvedId: approved.id,
    consentId: consent.id,
    otherClerkConsented: fourth.sessionId,
    otherClerkPending: fourthPending,
    sessionIds: [pendingOwn, fourth.sessionId, fourthPending, earlier.sessionId],
    hrssReviewerId: hrss.id,
    ratedId: rated.id,
    answeredCaseId: answeredCase.id,
    openCaseId: openCase.id,
    bundleId: bundle.id,
    actors: [
      { name: "resident", id: b.id, clerk: false, resident: true },
      // B again, posting a form captured from the window that names A's consented session.
      { name: "residentReplaying", id: b.id, session: fourth.sessionId, clerk: false, resident: true },
      { name: "clerkForAnother", id: forB.staff.id, session: forB.sessionId, clerk: true, resident: false },
      { name: "clerkAwaitingConsent", id: awaiting.id, session: pendingOwn, clerk: true, resident: false },
      { name: "clerkReplaying", id: replaying.id, session: fourth.sessionId, clerk: true, resident: false },
      { name: "clerkEnded", id: earlier.staff.id, session: earlier.sessionId, clerk: true, resident: false },
      { name: "reviewerElsewhere", id: elsewhere.id, clerk: false, resident: false },
    ],
  };
}, 120_000);

/** Everything of A's a probe could read or change. */
async function victimState() {
  const id = w.a.id;
  return {
    user: await db.user.findUniqueOrThrow({
      where: { id },
      select: { mobile: true, passwordHash: true, assurance: true, nameZh: true, disabledAt: true },
    }),
    profile: await db.profile.findUnique({ where: { userId: id } }),
    household: await db.householdMember.findMany({ where: { ownerId: id }, orderBy: { id: "asc" } }),
    applications: await db.application.findMany({
      where: { applicantId: id },
      select: { id: true, status: true, answers: true, submittedAt: true },
      orderBy: { id: "asc" },
    }),
    events: await db.applicationEvent.count({ where: { application: { applicantId: id } } }),
    evaluations: await db.evaluation.findMany({
      where: { residentId: id },
      select: { id: true, score: true, reasons: true, comment: true, updatedAt: true },
      orderBy: { id: "asc" },
    }),
    cases: await db.rectificationCase.findMany({
      where: { residentId: id },
      select: { id: true, status: true, response: true, verdictAt: true },
      orderBy: { id: "asc" },
    }),
    uploads: await db.upload.findMany({
      where: { OR: [{ ownerId: id }, { application: { applicantId: id } }] },
      select: { id: true, ownerId: true, applicationId: true, fieldName: true },
      orderBy: { id: "asc" },
    }),
    consents: await db.consent.findMany({ where: { userId: id }, orderBy: { id: "asc" } }),
    notifications: await db.notification.findMany({
      where: { userId: id },
      select: { id: true, readAt: true },
      orderBy: { id: "asc" },
    }),
    userSessions: await db.userSession.findMany({ where: { userId: id }, select: { id: true, endedAt: true } }),
    windowSessions: await db.windowSession.findMany({
      where: { id: { in: w.sessionIds } },
      select: { id: true, consentedAt: true, endedAt: true },
      orderBy: { id: "asc" },
    }),
    corrections: await db.auditLog.count({ where: { action: "profile.correction_requested", subjectId: id } }),
  };
}

/** A's facts that must not come back in any answer. */
const secrets = () => [w.a.idNumber, w.a.mobile, w.a.name, w.a.id];
function leaksNothing(answer: unknown) {
  const text = typeof answer === "string" ? answer : JSON.stringify(answer ?? null);
  for (const s of secrets()) expect(text, "an answer carried A's data").not.toContain(s);
}
const signInPage = /^\/zh\/(staff\/)?sign-in/;
const state = undefined as never;
const RESPONSE = "已核查并整改：窗口已增加人手，谢谢您的意见。";
const windowSessionOf = (a: Actor) => a.session ?? w.otherClerkConsented;

/** A status SMS to A that failed every try: what the "needs action" actions settle. */
const failedMessageOfA = () =>
  db.outboxMessage.create({
    data: {
      channel: "sms",
      kind: "status",
      to: w.a.mobile,
      locale: "zh",
      body: "status",
      status: "failed",
      attempts: 5,
    },
  });

/** Runs a server action or route, turning a redirect into its target. */
async function outcome(call: () => Promise<unknown>): Promise<{ redirect: string | null; value: unknown }> {
  let value: unknown;
  const redirect = await redirectOf(async () => {
    value = await call();
  });
  return { redirect, value };
}

type Probe = (actor: Actor) => Promise<void>;

// One probe per entry that is not exempt: it calls the entry on A's object as the actor (signed in) and checks the
// answer; the suite checks A's state afterwards. The type makes a missing probe a compile error too.
type Table = typeof routeTable & typeof actionTable;
type ProbedKey = { [K in keyof Table]: Table[K] extends { kind: "exempt" } ? never : K }[keyof Table];

const probes: Record<ProbedKey, Probe> = {
  "app/api/window-consents/[id]/form/route.ts#GET": async () => {
    const id = w.otherClerkConsented;
    const res = await signedFormGET(new Request(`http://portal.test/api/window-consents/${id}/form`), {
      params: Promise.resolve({ id }),
    });
    expect([401, 404]).toContain(res.status);
    leaksNothing(await res.text());
  },
  "app/api/window-sessions/[id]/rating/route.ts#GET": async (a) => {
    const id = a.session ?? w.otherClerkConsented;
    const res = await ratingStatusGET(new Request(`http://portal.test/api/window-sessions/${id}/rating`), {
      params: Promise.resolve({ id }),
    });
    // A clerk's own session with A answers (rated or not, never a score); anyone else's is not found.
    if (a.session) expect(JSON.stringify(await res.json())).not.toMatch(/score/);
    else expect(res.status).toBe(404);
  },
  "app/api/me/export/route.ts#GET": async (a) => {
    const res = await exportGET();
    expect(res.status).toBe(a.resident ? 200 : 401);
    leaksNothing(await res.text());
  },
  "app/api/uploads/[id]/route.ts#GET": async (a) => {
    const url = `http://portal.test/api/uploads/${w.uploadId}${a.session ? `?session=${a.session}` : ""}`;
    const res = await uploadGET(new Request(url), { params: Promise.resolve({ id: w.uploadId }) });
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("");
  },
  "app/api/uploads/route.ts#POST": async (a) => {
    // A supplement file for A's application that waits for one, and (for a clerk) a draft field of A's item.
    const body = new FormData();
    body.set("file", new File([new Uint8Array(pdfBytes("intruder"))], "photo.pdf", { type: "application/pdf" }));
    body.set("application", w.supplementId);
    body.set("material", "photo");
    const url = `http://portal.test/api/uploads${a.session ? `?session=${a.session}` : ""}`;
    const res = await uploadPOST(new Request(url, { method: "POST", body }));
    // Another resident: not found (their own application is asked for); a clerk serving B: no draft field named;
    // anyone without a consented session of their own, or not a resident: not signed in for this.
    const expected = { resident: 422, clerkForAnother: 400 } as Partial<Record<ActorName, number>>;
    expect(res.status).toBe(expected[a.name] ?? 401);
    leaksNothing(await res.text());
  },

  "lib/accounts/actions/account-actions.ts#realNameAction": async () => {
    const r = await outcome(() =>
      realNameAction(state, form({ fullName: w.a.name, idNumber: w.a.idNumber, userId: w.a.id })),
    );
    expect(r.redirect ?? "").not.toMatch(/saved=verified/);
  },
  "lib/accounts/actions/account-actions.ts#setPasswordAction": async () => {
    const pw = "Another-pass-2026";
    await outcome(() =>
      setPasswordAction(
        state,
        form({ currentPassword: TEST_PASSWORD, newPassword: pw, confirmPassword: pw, userId: w.a.id }),
      ),
    );
  },
  "lib/accounts/actions/account-actions.ts#changeMobileAction": async () => {
    await outcome(() => changeMobileAction(state, form({ intent: "send", newMobile: "13900000999", userId: w.a.id })));
  },
  "lib/accounts/actions/account-actions.ts#endOtherSessionsAction": async () => {
    await outcome(() => endOtherSessionsAction(form({ userId: w.a.id })));
  },
  "lib/profile/actions/save-profile-action.ts#saveProfileAction": async (a) => {
    const r = await saveProfileAction({ values: { fullName: "冒名顶替", userId: w.a.id } });
    if (!a.resident) expect(r).toEqual({ ok: false, sessionExpired: true });
  },
  "lib/profile/actions/request-correction-action.ts#requestCorrectionAction": async (a) => {
    const r = await outcome(() => requestCorrectionAction(form({ text: "请改我的地址", userId: w.a.id })));
    if (!a.resident) expect(r.redirect).toMatch(signInPage);
  },
  "lib/notifications/mark-inbox-read.ts#markInboxReadAction": async () => {
    await markInboxReadAction(form({ userId: w.a.id }));
  },

  "lib/applications/actions/save-step-action.ts#saveStepAction": async (a) => {
    const r = await saveStepAction({
      slug: SLUG,
      stepId: "card",
      values: { applicationType: "replacement", cardBank: "icbc" },
      session: a.session,
    });
    // A clerk serving B writes B's draft (there is none: refused); everyone else is not acting for anyone.
    if (a.name !== "resident" && a.name !== "clerkForAnother") expect(r).toEqual({ ok: false, sessionExpired: true });
    else expect(r).toEqual({ ok: false, errorKey: "errors:application.notFound" });
  },
  "lib/applications/actions/submit-action.ts#submitAction": async (a) => {
    const r = await outcome(() => submitAction(form({ slug: SLUG, applicationId: w.draftId, ...session(a) })));
    expect(r.redirect).not.toMatch(/receipt/);
    if (a.name === "resident" || a.name === "clerkForAnother")
      expect(r.redirect).toMatch(/\?error=errors%3Aapplication\.notFound$/);
    else expect(r.redirect).toMatch(signInPage);
  },
  "lib/applications/actions/transition-action.ts#residentTransitionAction": async () => {
    // Valid inputs, so that only who asks can make the answer a refusal.
    for (const applicationId of [w.submittedId, w.acceptedId])
      expect(
        await residentTransitionAction(state, form({ applicationId, event: "withdraw", confirm: "yes" })),
      ).toMatchObject({ ok: false, error: "errors:transition.forbidden" });
    expect(
      await residentTransitionAction(state, form({ applicationId: w.submittedId, event: "undo_submit" })),
    ).toMatchObject({ ok: false, error: "errors:transition.forbidden" });
  },
  "lib/applications/actions/transition-action.ts#staffTransitionAction": async () => {
    // Valid inputs (the same that the hrss reviewer's control uses), so only who asks can refuse them.
    for (const [applicationId, event, extra] of [
      [w.acceptedId, "approve_part", {}],
      [w.acceptedId, "request_supplement", { materials: "photo" }],
      [w.submittedId, "accept", {}],
    ] as const)
      expect(
        await staffTransitionAction(state, form({ applicationId, event, departmentId: "hrss", ...extra })),
      ).toMatchObject({ ok: false, error: "errors:transition.forbidden" });
  },
  "lib/profile/actions/write-back-action.ts#writeBackAction": async (a) => {
    const mine = a.resident ? await db.profile.findUnique({ where: { userId: a.id } }) : null;
    const r = await outcome(() =>
      writeBackAction(
        form({
          applicationId: w.approvedId,
          field: ["fullName", "idNumber", "mobile", "address"],
          member: [],
        }),
      ),
    );
    expect(r.redirect).not.toMatch(/profile=/);
    if (a.resident) {
      expect(r.redirect).toBe("/zh/applications");
      expect(await db.profile.findUnique({ where: { userId: a.id } })).toEqual(mine);
    } else expect(r.redirect).toMatch(signInPage);
  },

  "lib/profile/actions/consent-actions.ts#grantConsentAction": async (a) => {
    // Every category ticked (a valid grant), for an item A has not consented to yet.
    const categories = [...(service(OTHER_SENSITIVE_SLUG).sensitive ?? [])];
    const r = await outcome(() =>
      grantConsentAction(form({ slug: OTHER_SENSITIVE_SLUG, category: categories, ...session(a) })),
    );
    if (a.name !== "resident" && a.name !== "clerkForAnother") expect(r.redirect).toMatch(signInPage);
  },
  "lib/profile/actions/consent-actions.ts#revokeConsentAction": async (a) => {
    const r = await outcome(() => revokeConsentAction(form({ id: w.consentId })));
    if (!a.resident) expect(r.redirect).toMatch(signInPage);
  },
  "lib/profile/actions/reveal-action.ts#revealAction": async (a) => {
    for (const field of ["idNumber", "mobile", "fullName"]) {
      const r = await revealAction(state, form({ session: windowSessionOf(a), field, reason: "核对身份" }));
      leaksNothing(r.value);
      if (a.name !== "clerkForAnother") expect(r).toEqual({ error: "window:errors.noConsent", field });
    }
  },

  "lib/window/actions/register-action.ts#registerAction": async (a) => {
    const r = await outcome(() =>
      registerAction(
        state,
        form({
          fullName: w.a.name,
          idNumber: w.a.idNumber,
          mobile: "13900000888",
          signatureRef: "QZ-1",
          originalsSeen: "yes",
        }),
      ),
    );
    // A clerk may register new residents, but not a second account with A's ID number.
    if (a.clerk) expect(r.redirect).toBeNull();
    else expect(r.redirect).toMatch(signInPage);
  },
  "lib/window/actions/window-actions.ts#openSessionAction": async (a) => {
    const r = await outcome(() => openSessionAction(form({ q: w.a.idNumber })));
    // Any clerk may open a session for anyone: it shows nothing but the consent page until A consents.
    if (a.clerk) expect(r.redirect).toMatch(/^\/zh\/clerk\/sessions\/[^/]+\/consent$/);
    else expect(r.redirect).toMatch(signInPage);
  },
  "lib/window/actions/window-actions.ts#sendCodeAction": async (a) => {
    const before = await db.oneTimeCode.count({ where: { subject: w.a.id } });
    const r = await outcome(() => sendCodeAction(form({ session: w.otherClerkPending })));
    expect(r.redirect).toMatch(a.clerk ? /error=closed/ : signInPage);
    expect(await db.oneTimeCode.count({ where: { subject: w.a.id } })).toBe(before);
  },
  "lib/window/actions/window-actions.ts#confirmCodeAction": async (a) => {
    const r = await outcome(() => confirmCodeAction(form({ session: w.otherClerkPending, code: "123456" })));
    expect(r.redirect).toMatch(a.clerk ? /error=closed/ : signInPage);
  },
  "lib/window/actions/window-actions.ts#confirmSignatureAction": async (a) => {
    const r = await outcome(() =>
      confirmSignatureAction(form({ session: w.otherClerkPending, signed: "yes", signatureRef: "QZ-FORGED-1" })),
    );
    expect(r.redirect).toMatch(a.clerk ? /error=closed/ : signInPage);
  },
  "lib/terminal/actions/terminal-device-actions.ts#issueTerminalAction": async () => {
    const r = await outcome(() => issueTerminalAction(state, form({ name: "hall 9" })));
    expect(r.redirect).toMatch(signInPage);
  },
  "lib/operations/actions/needs-action-actions.ts#retryMessageAction": async () => {
    const m = await failedMessageOfA();
    const r = await outcome(() => retryMessageAction(form({ id: m.id.toString() })));
    expect(r.redirect).toMatch(signInPage);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "failed" });
  },
  "lib/operations/actions/needs-action-actions.ts#resolveMessageAction": async () => {
    const m = await failedMessageOfA();
    const r = await outcome(() => resolveMessageAction(form({ id: m.id.toString(), note: "settled by a stranger" })));
    expect(r.redirect).toMatch(signInPage);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ resolvedAt: null });
  },
  "lib/operations/actions/needs-action-actions.ts#retryJobAction": async () => {
    const r = await outcome(() =>
      retryJobAction(form({ job: "uploads-cleanup", id: "00000000-0000-4000-8000-000000000000" })),
    );
    expect(r.redirect).toMatch(signInPage);
  },
  "lib/operations/actions/needs-action-actions.ts#dismissJobAction": async () => {
    const r = await outcome(() =>
      dismissJobAction(form({ job: "uploads-cleanup", id: "00000000-0000-4000-8000-000000000000", note: "xx" })),
    );
    expect(r.redirect).toMatch(signInPage);
  },
  "lib/terminal/actions/terminal-device-actions.ts#revokeTerminalAction": async () => {
    const r = await outcome(() => revokeTerminalAction(form({ id: "any" })));
    expect(r.redirect).toMatch(signInPage);
  },
  "lib/auth/second-factor/actions/enrolment-actions.ts#beginEnrolmentAction": async () => {
    const r = await outcome(() => beginEnrolmentAction(form({ staff: w.a.id })));
    expect(r.redirect).toMatch(signInPage);
  },
  "lib/auth/second-factor/actions/enrolment-actions.ts#confirmEnrolmentAction": async () => {
    const r = await outcome(() => confirmEnrolmentAction(form({ staff: w.a.id, code: "123456" })));
    expect(r.redirect).toMatch(signInPage);
  },
  "lib/evaluation/actions/rating-actions.ts#askRatingAction": async (a) => {
    const r = await outcome(() => askRatingAction(form({ session: w.otherClerkConsented })));
    expect(r.redirect).toMatch(a.clerk ? /rating=closed/ : signInPage);
  },
  "lib/evaluation/actions/rating-actions.ts#rateVisitAction": async () => {
    const r = await outcome(() => rateVisitAction(form({ visit: windowSessionOf({} as Actor), score: "1" })));
    expect(r.redirect).toMatch(/error=notAsked/);
  },
  "lib/evaluation/actions/evaluation-actions.ts#rateApplicationAction": async () => {
    for (const applicationId of [w.approvedId, w.ratedId])
      expect(await rateApplicationAction(state, form({ applicationId, score: "1" }))).toMatchObject({ ok: false });
  },
  "lib/evaluation/actions/evaluation-actions.ts#giveVerdictAction": async () => {
    expect(await giveVerdictAction(state, form({ caseId: w.answeredCaseId, verdict: "disputed" }))).toMatchObject({
      ok: false,
    });
  },
  "lib/evaluation/actions/evaluation-actions.ts#respondToCaseAction": async () => {
    const r = await outcome(() => respondToCaseAction(state, form({ caseId: w.openCaseId, response: RESPONSE })));
    expect(r.redirect).toBeNull();
    expect(r.value).toMatchObject({ ok: false });
  },
  "lib/evaluation/actions/terminal-rating-action.ts#rateAtTerminalAction": async () => {
    const r = await outcome(() => rateAtTerminalAction(form({ application: w.approvedId, score: "1" })));
    expect(r.redirect).not.toMatch(/rating=done/);
  },
  "lib/window/actions/window-actions.ts#endSessionAction": async (a) => {
    const r = await outcome(() => endSessionAction(form({ session: w.otherClerkConsented })));
    if (!a.clerk) expect(r.redirect).toMatch(signInPage);
  },
  "lib/window/actions/window-actions.ts#handOverAction": async (a) => {
    const r = await outcome(() => handOverAction(form({ session: windowSessionOf(a), applicationId: w.approvedId })));
    expect(r.redirect).not.toMatch(/handedOver=1/);
  },
  "lib/window/actions/window-actions.ts#verifyInPersonAction": async (a) => {
    const r = await outcome(() => verifyInPersonAction(form({ session: windowSessionOf(a), idCardSeen: "yes" })));
    if (a.name !== "clerkForAnother") expect(r.redirect).toMatch(/\/consent$/);
  },
};

function session(a: Actor): Record<string, string> {
  return a.session ? { session: a.session } : {};
}

/** What a page's check does: returns (the caller may see it), or throws a redirect / not found / forbidden. */
async function gateOutcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "returned";
  } catch (e) {
    const digest = (e as { digest?: unknown } | null)?.digest;
    if (typeof digest !== "string") throw e;
    return digest.startsWith("NEXT_REDIRECT") ? `redirect ${digest.split(";")[2]}` : digest;
  }
}
/** Refused: not found, forbidden, the sign-in page, or (the clerk's own session awaiting consent) the consent page. */
const refusedGate =
  /^(NEXT_HTTP_ERROR_FALLBACK;40[34]|redirect \/zh\/(staff\/)?sign-in|redirect \/zh\/clerk\/sessions\/[^/]+\/consent$|redirect \/zh\/clerk\?ended=1$)/;
const nonDrafts = () => [w.submittedId, w.acceptedId, w.supplementId, w.approvedId];
/** The window session a page URL would name to reach A: the clerk's own pending one, else another clerk's with A. */
const sidFor = (a: Actor) =>
  a.name === "clerkAwaitingConsent" || a.name === "clerkEnded" ? a.session! : w.otherClerkConsented;

const pageProbes: Record<PageGate, Probe> = {
  getCaseForStaff: async (a) => {
    if (a.name !== "reviewerElsewhere") {
      expect(await gateOutcome(() => requireRole("zh", ["reviewer"], "/zh/review/rectification"))).toMatch(refusedGate);
      return;
    }
    for (const id of [w.openCaseId, w.answeredCaseId])
      expect(await getCaseForStaff({ id: a.id, role: "reviewer", departmentId: "civil-affairs" }, id)).toBeNull();
  },
  getMyApplication: async (a) => {
    // The receipt reads the application of whoever the caller acts for: themselves, or the served resident.
    const applicantId = a.resident ? a.id : (await windowGrantFor(sidFor(a)))?.residentId;
    if (!applicantId) return;
    for (const id of [...nonDrafts(), w.draftId]) expect(await getMyApplication(applicantId, id)).toBeNull();
  },
  getMyBundle: async (a) => {
    // The bundle pages read the bundle of whoever the caller acts for: themselves, or the served resident.
    const applicantId = a.resident ? a.id : (await windowGrantFor(sidFor(a)))?.residentId;
    if (!applicantId) return;
    expect(await getMyBundle(applicantId, w.bundleId)).toBeNull();
  },
  getApplicationProgress: async (a) => {
    if (!a.resident) {
      expect(await gateOutcome(() => requireRole("zh", ["resident"], "/zh/applications"))).toMatch(refusedGate);
      return;
    }
    for (const id of [...nonDrafts(), w.draftId]) expect(await getApplicationProgress(a.id, id)).toBeNull();
  },
  getApplicationForStaff: async (a) => {
    if (a.name !== "reviewerElsewhere") {
      expect(await gateOutcome(() => requireRole("zh", ["reviewer", "admin"], "/zh/review"))).toMatch(refusedGate);
      return;
    }
    for (const id of nonDrafts())
      expect(
        await getApplicationForStaff({ id: a.id, role: "reviewer", departmentId: "civil-affairs" }, id),
      ).toBeNull();
  },
  actingAtWindow: async (a) => {
    expect(await gateOutcome(() => actingAtWindow("zh", sidFor(a), "/zh/clerk"))).toMatch(refusedGate);
  },
  requireWindowSession: async (a) => {
    expect(await gateOutcome(() => requireWindowSession("zh", sidFor(a), "/zh/clerk"))).toMatch(refusedGate);
  },
  requireOpenWindowSession: async () => {
    // Another clerk's session awaiting A's consent (the own one shows only the masked phone).
    expect(await gateOutcome(() => requireOpenWindowSession("zh", w.otherClerkPending, "/zh/clerk"))).toMatch(
      /^(NEXT_HTTP_ERROR_FALLBACK;40[34]|redirect \/zh\/(staff\/)?sign-in)/,
    );
  },
};

const entries = Object.entries({ ...routeTable, ...actionTable }) as [string, TableEntry][];
const probed = entries.filter(([, e]) => e.kind !== "exempt").map(([k]) => k);

const ACTORS = [
  "resident",
  "residentReplaying",
  "clerkForAnother",
  "clerkAwaitingConsent",
  "clerkReplaying",
  "clerkEnded",
  "reviewerElsewhere",
] as const;
const gates = [
  ...new Set((Object.values(pageTable) as PageEntry[]).flatMap((e) => (e.kind === "exempt" ? [] : e.gates))),
];

describe("the authorisation suite", () => {
  it("has a probe for every entry that is not exempt, and none for anything else", () => {
    expect(Object.keys(probes).sort()).toEqual([...probed].sort());
  });

  describe.each(probed)("%s", (key) => {
    it.each(ACTORS)("refuses %s on resident A's objects", async (name) => {
      const actor = w.actors.find((a) => a.name === name)!;
      const before = await victimState();
      signInAs(actor.id);
      await probes[key as ProbedKey](actor);
      expect(await victimState()).toEqual(before);
    });
  });
});

describe("pages that name an object in their URL: the checks they go through", () => {
  it("has a probe for every check a page entry names", () => {
    expect(Object.keys(pageProbes).sort()).toEqual([...gates].sort());
  });

  describe.each(gates)("%s", (gate) => {
    it.each(ACTORS)("refuses %s on resident A's objects", async (name) => {
      const actor = w.actors.find((a) => a.name === name)!;
      const before = await victimState();
      signInAs(actor.id);
      await pageProbes[gate](actor);
      expect(await victimState()).toEqual(before);
    });
  });
});

// The probes can see a success: the people who may reach A's objects do.
describe("controls", () => {
  it("A and a reviewer of the department with a part read A's file; A exports A's data", async () => {
    const get = () => uploadGET(new Request("http://portal.test/x"), { params: Promise.resolve({ id: w.uploadId }) });
    signInAs(w.a.id);
    expect((await get()).status).toBe(200);
    const exported = await (await exportGET()).text();
    expect(exported).toContain(w.a.id);
    signInAs(w.hrssReviewerId);
    expect((await get()).status).toBe(200);
  });

  it("the world is what the probes assume: A has unread notifications, consents, a pending and a consented session", async () => {
    const s = await victimState();
    expect(s.notifications.filter((n) => !n.readAt).length).toBeGreaterThan(0);
    expect(s.consents.filter((c) => !c.revokedAt).length).toBeGreaterThan(0);
    expect(s.user.assurance).toBe("registry");
    expect(s.windowSessions.filter((x) => x.consentedAt && !x.endedAt)).toHaveLength(1);
    expect(s.windowSessions.filter((x) => x.consentedAt && x.endedAt)).toHaveLength(1);
    expect(s.windowSessions.filter((x) => !x.consentedAt && !x.endedAt)).toHaveLength(2);
  });

  it("the hrss reviewer reads and answers A's open case, and A settles the answered one", async () => {
    const hrss = { id: w.hrssReviewerId, role: "reviewer" as const, departmentId: "hrss" };
    expect(await getCaseForStaff(hrss, w.openCaseId)).not.toBeNull();
    signInAs(w.hrssReviewerId);
    const r = await outcome(() => respondToCaseAction(state, form({ caseId: w.openCaseId, response: RESPONSE })));
    expect(r.redirect).toContain(`/rectification/${w.openCaseId}`);
    signInAs(w.a.id);
    expect(await giveVerdictAction(state, form({ caseId: w.answeredCaseId, verdict: "confirmed" }))).toMatchObject({
      ok: true,
    });
  });

  it("A, A's clerk and the hrss reviewer pass the page checks", async () => {
    signInAs(w.a.id);
    expect(await getMyApplication(w.a.id, w.approvedId)).not.toBeNull();
    expect(await getApplicationProgress(w.a.id, w.approvedId)).not.toBeNull();
    expect((await getMyBundle(w.a.id, w.bundleId))?.members.map((m) => m.id)).toEqual([w.approvedId]);
    expect(
      await getApplicationForStaff({ id: w.hrssReviewerId, role: "reviewer", departmentId: "hrss" }, w.approvedId),
    ).not.toBeNull();
    const fourth = await db.windowSession.findUniqueOrThrow({ where: { id: w.otherClerkConsented } });
    signInAs(fourth.clerkId);
    expect(await gateOutcome(() => requireWindowSession("zh", w.otherClerkConsented, "/zh/clerk"))).toBe("returned");
    expect(await gateOutcome(() => actingAtWindow("zh", w.otherClerkConsented, "/zh/clerk"))).toBe("returned");
    expect(await gateOutcome(() => requireOpenWindowSession("zh", w.otherClerkPending, "/zh/clerk"))).toBe("returned");
  });

  it("the hrss reviewer may approve A's accepted application (the staff probe's input is valid)", async () => {
    signInAs(w.hrssReviewerId);
    expect(
      await staffTransitionAction(state, form({ applicationId: w.acceptedId, event: "approve_part" })),
    ).toMatchObject({ ok: true });
  });

  it("the clerk with A's consented session hands over A's result (the hand-over probe's application is ready)", async () => {
    const fourth = await db.windowSession.findUniqueOrThrow({ where: { id: w.otherClerkConsented } });
    signInAs(fourth.clerkId);
    const r = await outcome(() =>
      handOverAction(form({ session: w.otherClerkConsented, applicationId: w.approvedId })),
    );
    expect(r.redirect).toMatch(/handedOver=1/);
  });

  it("the clerk with A's consented session reveals A's ID number", async () => {
    const fourth = await db.windowSession.findUniqueOrThrow({ where: { id: w.otherClerkConsented } });
    signInAs(fourth.clerkId);
    const r = await revealAction(
      state,
      form({ session: w.otherClerkConsented, field: "idNumber", reason: "核对身份" }),
    );
    expect(r.value).toBe(w.a.idNumber);
  });
});
