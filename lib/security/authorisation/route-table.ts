// Every way into the server that is not a page (and the pages that name an object in their URL): each route handler (app/**/route.ts, one entry per exported HTTP
// method) and each server action (an export of a "use server" file). The enumeration test
// (route-table.test.ts) fails when one exists without an entry here, or an entry names one that no longer exists;
// the authorisation suite (authorisation.int.test.ts) calls every entry that is not exempt as a resident who is not
// the owner, a clerk without consent for the owner, and a reviewer of another department, on another resident's
// object, and proves each one is refused.
//
// Adding a route or an action: add its entry here (which kind, and why), then its probe in the suite.
//   object — the request names someone's object (an id, a window session): the entry says what the refusal is.
//   own    — the handler acts only on the signed-in caller's own object and takes no id for it from the request:
//            the probe proves the victim's object is neither returned nor changed.
//   exempt — no personal object at all (sign-in, health, the catalogue, a cookie preference): the entry says why.
// Pure data (no server imports), so the enumeration runs as a plain unit test.

export type ObjectKind =
  | "application"
  | "draft"
  | "upload"
  | "profile"
  | "consent"
  | "export"
  | "receipt"
  | "notification"
  | "account"
  | "window-session"
  | "terminal-device"
  | "outbox-message"
  | "job"
  | "evaluation"
  /** A life-event bundle (its combined page and receipt over its member applications). */
  | "bundle";

export type TableEntry =
  | { kind: "object"; objects: readonly ObjectKind[]; refusal: string }
  | { kind: "own"; objects: readonly ObjectKind[]; why: string }
  | { kind: "exempt"; why: string };

/** Keyed "<file>#<HTTP method>". */
export const routeTable = {
  "app/[locale]/keepalive/route.ts#GET": {
    kind: "exempt",
    why: "answers 204 with no body; it only lets the proxy refresh the caller's own session time",
  },
  "app/[locale]/manifest.webmanifest/route.ts#GET": {
    kind: "exempt",
    why: "the public web manifest in the page's language; no personal data",
  },
  "app/api/auth/[...nextauth]/route.ts#GET": {
    kind: "exempt",
    why: "next-auth's own endpoints (session, CSRF token, sign-out): only the caller's own session",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    kind: "exempt",
    why: "next-auth's own endpoints (session, CSRF token, sign-out): only the caller's own session",
  },
  "app/api/health/route.ts#GET": { kind: "exempt", why: "the load balancer's health check: database up or down" },
  "app/api/me/export/route.ts#GET": {
    kind: "own",
    objects: ["export", "profile", "application", "notification"],
    why: "exports the signed-in resident's own data (no id in the request); staff get 401",
  },
  "app/api/uploads/[id]/route.ts#GET": {
    kind: "object",
    objects: ["upload"],
    refusal:
      "404 (the same as no such file) unless the owner, a clerk in a consented session with the owner, or a reviewer of a department with a part",
  },
  "app/api/window-consents/[id]/form/route.ts#GET": {
    kind: "object",
    objects: ["window-session"],
    refusal: "404 (the same as no such form) for everyone but an administrator sampling signed forms; 401 signed out",
  },
  "app/[locale]/(staff)/admin/dashboard/csv/route.ts#GET": {
    kind: "exempt",
    why: "aggregate figures (counts, rates, working days) of the whole portal for an administrator; names no person's object (export-dashboard-csv.ts refuses anyone else)",
  },
  "app/[locale]/(staff)/review/dashboard/csv/route.ts#GET": {
    kind: "exempt",
    why: "aggregate figures of the reviewer's own department only, whatever the address asks (dashboard-scope.ts); names no person's object",
  },
  "app/api/rating-screen/route.ts#GET": {
    kind: "exempt",
    why: "the window rating screen's poll: a version string of what this device (its own cookie) should show; names nobody's object and returns no data",
  },
  "app/api/sms/inbound/route.ts#POST": {
    kind: "exempt",
    why: "the SMS gateway's webhook, no session caller: refused without the shared secret's HMAC of the body (receive-gateway-sms.ts, tested there); a reply rates only what the number it came from was told",
  },
  "app/api/window-sessions/[id]/rating/route.ts#GET": {
    kind: "object",
    objects: ["window-session"],
    refusal: "404 for anyone but the clerk of the session; the clerk gets rated or not, never the score",
  },
  "app/api/uploads/route.ts#POST": {
    kind: "object",
    objects: ["upload", "application"],
    refusal:
      "a supplement file for someone else's application: 422 not found; staff outside a consented session: 401; a draft's file always goes to the caller's own (or the served resident's) name",
  },
} as const satisfies Record<string, TableEntry>;

/** Keyed "<file>#<exported name>". */
export const actionTable = {
  // Signing in and out, codes to a phone: the caller has no object yet.
  "lib/accounts/actions/sign-in-actions.ts#passwordSignInAction": { kind: "exempt", why: "sign-in" },
  "lib/accounts/actions/sign-in-actions.ts#phoneCodeAction": { kind: "exempt", why: "sign-in / registration by phone" },
  "lib/accounts/actions/sign-in-actions.ts#signOutAction": { kind: "exempt", why: "ends the caller's own session" },
  "lib/accounts/actions/sign-in-actions.ts#secondFactorAction": {
    kind: "exempt",
    why: "sign-in, second step: acts only for the person named in the encrypted five-minute cookie the password step set",
  },
  "lib/terminal/actions/terminal-device-actions.ts#issueTerminalAction": {
    kind: "object",
    objects: ["terminal-device"],
    refusal: "administrators only (hall terminal keys, no resident's object): everyone else is sent to sign-in",
  },
  "lib/terminal/actions/terminal-device-actions.ts#revokeTerminalAction": {
    kind: "object",
    objects: ["terminal-device"],
    refusal: "administrators only (hall terminal keys, no resident's object): everyone else is sent to sign-in",
  },
  "lib/operations/actions/needs-action-actions.ts#retryMessageAction": {
    kind: "object",
    objects: ["outbox-message"],
    refusal: "administrators only (failed messages and jobs): everyone else is sent to sign-in, nothing changes",
  },
  "lib/operations/actions/needs-action-actions.ts#resolveMessageAction": {
    kind: "object",
    objects: ["outbox-message"],
    refusal: "administrators only (failed messages and jobs): everyone else is sent to sign-in, nothing changes",
  },
  "lib/operations/actions/needs-action-actions.ts#retryJobAction": {
    kind: "object",
    objects: ["job"],
    refusal: "administrators only (failed messages and jobs): everyone else is sent to sign-in, nothing changes",
  },
  "lib/operations/actions/needs-action-actions.ts#dismissJobAction": {
    kind: "object",
    objects: ["job"],
    refusal: "administrators only (failed messages and jobs): everyone else is sent to sign-in, nothing changes",
  },
  "lib/terminal/actions/terminal-device-actions.ts#enrolTerminalAction": {
    kind: "exempt",
    why: "a kiosk proves a device key an administrator issued; it reaches no personal object",
  },
  "lib/auth/second-factor/actions/enrolment-actions.ts#beginEnrolmentAction": {
    kind: "object",
    objects: ["account"],
    refusal: "administrators only: everyone else is sent to the staff sign-in page; a resident is never a target",
  },
  "lib/auth/second-factor/actions/enrolment-actions.ts#confirmEnrolmentAction": {
    kind: "object",
    objects: ["account"],
    refusal: "administrators only: everyone else is sent to the staff sign-in page; a resident is never a target",
  },
  "lib/accounts/actions/reset-password-action.ts#resetPasswordAction": {
    kind: "exempt",
    why: "password reset proves possession of the phone by a one-time code (one-time-codes.int.test.ts)",
  },
  "lib/terminal/terminal-code-action.ts#terminalCodeAction": {
    kind: "exempt",
    why: "kiosk sign-in code: the same answer whether the ID number is known or not",
  },
  "lib/preferences/set-text-size-action.ts#setTextSizeAction": {
    kind: "exempt",
    why: "a display preference: a cookie, and the signed-in caller's own account setting",
  },
  "lib/preferences/set-window-layout-action.ts#setWindowLayoutAction": {
    kind: "exempt",
    why: "a display preference cookie on the counter's computer",
  },
  "lib/applications/actions/track-action.ts#trackAction": {
    kind: "exempt",
    why: "public tracking by reference and ID-number tail (a knowledge check, rate limited, answers only a status: track-application.int.test.ts)",
  },

  // The resident's own account: the user comes from the session, never from the form.
  "lib/accounts/actions/account-actions.ts#realNameAction": {
    kind: "own",
    objects: ["account", "profile"],
    why: "verifies the signed-in resident's own name",
  },
  "lib/accounts/actions/account-actions.ts#setPasswordAction": {
    kind: "own",
    objects: ["account"],
    why: "the signed-in resident's own password (the current one is asked for)",
  },
  "lib/accounts/actions/account-actions.ts#changeMobileAction": {
    kind: "own",
    objects: ["account"],
    why: "the signed-in resident's own mobile (a code to the new number)",
  },
  "lib/accounts/actions/account-actions.ts#endOtherSessionsAction": {
    kind: "own",
    objects: ["account"],
    why: "ends the signed-in resident's own other sessions",
  },
  "lib/profile/actions/save-profile-action.ts#saveProfileAction": {
    kind: "own",
    objects: ["profile"],
    why: "saves the signed-in resident's own profile",
  },
  "lib/profile/actions/request-correction-action.ts#requestCorrectionAction": {
    kind: "own",
    objects: ["profile"],
    why: "records a correction request about the signed-in resident's own profile",
  },
  "lib/notifications/mark-inbox-read.ts#markInboxReadAction": {
    kind: "own",
    objects: ["notification"],
    why: "marks the signed-in resident's own notifications read (no id from the form)",
  },

  // Applications, drafts and receipts.
  "lib/applications/actions/save-step-action.ts#saveStepAction": {
    kind: "object",
    objects: ["draft"],
    refusal:
      "writes only the acting resident's draft (online: the caller; window: the consented session's resident); an unconsented or another clerk's session: sessionExpired",
  },
  "lib/applications/actions/submit-action.ts#submitAction": {
    kind: "object",
    objects: ["draft", "receipt"],
    refusal:
      "someone else's draft: back to the review page with errors:application.notFound, nothing submitted; no consented session: the sign-in page",
  },
  "lib/applications/actions/transition-action.ts#residentTransitionAction": {
    kind: "object",
    objects: ["application"],
    refusal: "another resident's application: errors:application.notFound; staff: errors:transition.forbidden",
  },
  "lib/applications/actions/transition-action.ts#staffTransitionAction": {
    kind: "object",
    objects: ["application"],
    refusal:
      "a reviewer of a department without a part: errors:application.notFound; residents and clerks: errors:transition.forbidden",
  },
  "lib/profile/actions/write-back-action.ts#writeBackAction": {
    kind: "object",
    objects: ["application", "profile"],
    refusal: "someone else's application: redirect to the caller's list, nothing written to the caller's profile",
  },

  // Consent and the profile.
  "lib/profile/actions/consent-actions.ts#grantConsentAction": {
    kind: "object",
    objects: ["consent"],
    refusal: "grants only for the acting resident; a clerk without a consented session: the sign-in page",
  },
  "lib/profile/actions/consent-actions.ts#revokeConsentAction": {
    kind: "object",
    objects: ["consent"],
    refusal: "another resident's consent id: nothing revoked; staff: the sign-in page",
  },
  "lib/profile/actions/reveal-action.ts#revealAction": {
    kind: "object",
    objects: ["profile"],
    refusal: "window:errors.noConsent, the same as no such session",
  },

  // The window.
  "lib/window/actions/register-action.ts#registerAction": {
    kind: "object",
    objects: ["account"],
    refusal:
      "clerks only (others: the staff sign-in page); an ID number already registered is refused (register-resident.int.test.ts)",
  },
  "lib/window/actions/window-actions.ts#openSessionAction": {
    kind: "object",
    objects: ["window-session"],
    refusal:
      "clerks only (others: the staff sign-in page); a clerk may open a session for anyone, which shows nothing until the resident consents",
  },
  "lib/window/actions/window-actions.ts#sendCodeAction": {
    kind: "object",
    objects: ["window-session"],
    refusal: "another clerk's session: error=closed, no code sent; non-clerks: the staff sign-in page",
  },
  "lib/evaluation/actions/evaluation-actions.ts#rateApplicationAction": {
    kind: "object",
    objects: ["application", "evaluation"],
    refusal:
      "someone else's application: errors:evaluation.notFound, nothing recorded; staff: errors:transition.forbidden",
  },
  "lib/evaluation/actions/evaluation-actions.ts#giveVerdictAction": {
    kind: "object",
    objects: ["evaluation"],
    refusal:
      "someone else's rectification case: errors:rectification.notFound, unchanged; staff: errors:transition.forbidden",
  },
  "lib/evaluation/actions/evaluation-actions.ts#respondToCaseAction": {
    kind: "object",
    objects: ["evaluation"],
    refusal:
      "a reviewer of another department: errors:rectification.notFound, unanswered; anyone but a reviewer: errors:transition.forbidden",
  },
  "lib/evaluation/actions/rating-actions.ts#pairScreenAction": {
    kind: "exempt",
    why: "pairs the rating screen showing the typed code with the signed-in clerk's own window; names no resident, session or application (non-clerks: the staff sign-in page)",
  },
  "lib/evaluation/actions/rating-actions.ts#askRatingAction": {
    kind: "object",
    objects: ["window-session"],
    refusal:
      "another clerk's session, or one without consent or ended: rating=closed, no screen shows a form; non-clerks: the staff sign-in page",
  },
  "lib/evaluation/actions/rating-actions.ts#rateVisitAction": {
    kind: "object",
    objects: ["window-session"],
    refusal:
      "a browser that is not the screen paired with the session's clerk and asked about it: error=notAsked, nothing recorded",
  },
  "lib/evaluation/actions/terminal-rating-action.ts#rateAtTerminalAction": {
    kind: "object",
    objects: ["application"],
    refusal:
      "someone else's application: rating=notFound, nothing recorded; a resident not at a kiosk: the receipt; staff: the resident sign-in page",
  },
  "lib/notifications/actions/dev-phone-reply-action.ts#devPhoneReplyAction": {
    kind: "exempt",
    why: "development's fake phone only (404 in production), like /dev/sms that shows every code: answering as any number is its purpose",
  },
  "lib/window/actions/window-actions.ts#confirmCodeAction": {
    kind: "object",
    objects: ["window-session"],
    refusal: "another clerk's session: error=closed, no consent recorded; non-clerks: the staff sign-in page",
  },
  "lib/window/actions/window-actions.ts#confirmSignatureAction": {
    kind: "object",
    objects: ["window-session"],
    refusal: "another clerk's session: error=closed, no consent recorded; non-clerks: the staff sign-in page",
  },
  "lib/window/actions/window-actions.ts#endSessionAction": {
    kind: "object",
    objects: ["window-session"],
    refusal: "another clerk's session: left open; non-clerks: the staff sign-in page",
  },
  "lib/window/actions/window-actions.ts#handOverAction": {
    kind: "object",
    objects: ["application"],
    refusal:
      "an application of someone other than the session's resident: error=handOver; no consented session: its consent page",
  },
  "lib/window/actions/window-actions.ts#verifyInPersonAction": {
    kind: "object",
    objects: ["account"],
    refusal: "no consented session of the caller's own: its consent page, the resident's assurance unchanged",
  },
} as const satisfies Record<string, TableEntry>;

/** The check a page with an object in its URL goes through before it reads the object (a function its page file or
 * the components it renders call): the suite probes these with the same callers. */
export type PageGate =
  | "getMyApplication"
  | "getApplicationProgress"
  | "getApplicationForStaff"
  | "actingAtWindow"
  | "requireWindowSession"
  | "requireOpenWindowSession"
  | "getCaseForStaff"
  | "getMyBundle";

export type PageEntry =
  | { kind: "object"; objects: readonly ObjectKind[]; gates: readonly PageGate[]; refusal: string }
  | { kind: "exempt"; why: string };

/** Pages whose URL names an object ([id], [sid]), keyed by file: not route handlers, but the receipt and the
 * progress and review pages read an application by the id in the URL, so they are enumerated here too. */
export const pageTable = {
  "app/[locale]/(resident)/applications/[id]/page.tsx": {
    kind: "object",
    objects: ["application"],
    gates: ["getApplicationProgress"],
    refusal: "residents only; another resident's application: not found",
  },
  "app/[locale]/(resident)/applications/[id]/receipt/page.tsx": {
    kind: "object",
    objects: ["receipt", "application"],
    gates: ["getMyApplication"],
    refusal: "residents only; another resident's application: not found",
  },
  "app/[locale]/(resident)/applications/bundles/[id]/page.tsx": {
    kind: "object",
    objects: ["bundle", "application"],
    gates: ["getMyBundle"],
    refusal: "residents only; another resident's bundle: not found (audited)",
  },
  "app/[locale]/(resident)/applications/bundles/[id]/receipt/page.tsx": {
    kind: "object",
    objects: ["bundle", "receipt"],
    gates: ["getMyBundle"],
    refusal: "residents only; another resident's bundle: not found (audited)",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/applications/bundles/[id]/receipt/page.tsx": {
    kind: "object",
    objects: ["bundle", "receipt"],
    gates: ["actingAtWindow", "getMyBundle"],
    refusal: "only the consented session's resident's bundles; another resident's: not found (audited)",
  },
  "app/[locale]/(staff)/review/applications/[id]/page.tsx": {
    kind: "object",
    objects: ["application", "upload"],
    gates: ["getApplicationForStaff"],
    refusal: "reviewers only; a department without a part: not found (audited)",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/page.tsx": {
    kind: "object",
    objects: ["window-session", "profile"],
    gates: ["requireWindowSession"],
    refusal: "another clerk's session: not found; awaiting consent: the consent page",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/consent/page.tsx": {
    kind: "object",
    objects: ["window-session"],
    gates: ["requireOpenWindowSession"],
    refusal: "another clerk's session: not found (the clerk's own shows only the masked phone)",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/handoff/[slug]/page.tsx": {
    kind: "object",
    objects: ["window-session", "profile"],
    gates: ["requireWindowSession"],
    refusal: "another clerk's session: not found; awaiting consent: the consent page",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/start/page.tsx": {
    kind: "exempt",
    why: "reads nothing: redirects to the item's apply page in the session, which is gated",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/services/[slug]/apply/page.tsx": {
    kind: "object",
    objects: ["draft"],
    gates: ["actingAtWindow"],
    refusal: "only the consented session's resident's draft; another clerk's session: not found",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/services/[slug]/apply/[step]/page.tsx": {
    kind: "object",
    objects: ["draft"],
    gates: ["actingAtWindow"],
    refusal: "only the consented session's resident's draft; another clerk's session: not found",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/services/[slug]/apply/review/page.tsx": {
    kind: "object",
    objects: ["draft"],
    gates: ["actingAtWindow"],
    refusal: "only the consented session's resident's draft; another clerk's session: not found",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/services/[slug]/consent/page.tsx": {
    kind: "object",
    objects: ["consent"],
    gates: ["actingAtWindow"],
    refusal: "only the consented session's resident's consents; another clerk's session: not found",
  },
  "app/[locale]/(staff)/clerk/sessions/[sid]/applications/[id]/receipt/page.tsx": {
    kind: "object",
    objects: ["receipt", "application"],
    gates: ["actingAtWindow", "getMyApplication"],
    refusal: "only the consented session's resident's applications; another resident's: not found",
  },
  "app/[locale]/(staff)/review/rectification/[id]/page.tsx": {
    kind: "object",
    objects: ["evaluation"],
    gates: ["getCaseForStaff"],
    refusal: "reviewers only; another department's case: not found (a read is audited)",
  },
  "app/[locale]/(staff)/admin/rectification/[id]/page.tsx": {
    kind: "object",
    objects: ["evaluation"],
    gates: ["getCaseForStaff"],
    refusal: "administrators only (others: the staff sign-in page)",
  },
} as const satisfies Record<string, PageEntry>;

export type RouteKey = keyof typeof routeTable;
export type ActionKey = keyof typeof actionTable;
