// A year of past applications, so the performance dashboard (issue 20) means something on first start: about 2,400
// applications of 200 residents of their own (mobiles 187…), spread over the 12 months before the seeding day across
// every catalogue item and the three channels, all decided or finished (never in an open review queue), with their
// department parts, timelines, supplement requests, evaluations in the four channels (about 60% of decided ones
// rated), a rectification case for every rating of 1 or 2, and window visits rated on the hall's screen.
//
// Why not through write-transition.ts like seed-applications.ts: replayed one move at a time the history takes a
// minute; here every row is planned in memory and written with a few multi-row inserts (the seed runs at every fresh
// `npm run dev` and before the browser tests). What the one writer would have written is kept: each move is checked
// by the state machine's own rule (decide), the deadlines come from deadlines.ts, decidedAt / decidedOn /
// decisionWorkingDays / supplementRequests as write-transition.ts computes them, the cases' dates from
// evaluation-rules.ts. No audit rows and no inbox messages: nobody acted in this portal (the demo applications of
// seed-applications.ts have none either), and the audit chain is written one row at a time by record-audit.ts only.
//
// Deterministic: a seeded PRNG (mulberry32), dates relative to `now`. Idempotent: skipped when the first history
// application exists.
import type { Prisma, PrismaClient, Role } from "../lib/db/generated/client";
import { services } from "../lib/services";
import type { ServiceDef } from "../lib/form-engine/types";
import {
  addWorkingDays as addWorkingDaysOf,
  isWorkingDay as isWorkingDayOf,
  workingDaysBetween as workingDaysBetweenOf,
} from "../lib/calendar/working-days";
import { shanghaiDateOf as shanghaiDateOfOf } from "../lib/calendar/shanghai-date";
import {
  deadlinesAt as deadlinesAtOf,
  resumeDeadline as resumeDeadlineOf,
} from "../lib/applications/transition/deadlines";
import {
  decide,
  storedEventType,
  type Actor,
  type EventType,
  type MachineContext,
  type PartState,
  type Status,
} from "../lib/applications/transition/status-machine";
import { DECISION_STATUSES } from "../lib/applications/transition/write-transition";
import { reasonCodes } from "../lib/applications/transition/transition-payloads";
import {
  cleanReasons,
  changeableUntil,
  isBadRating,
  rectificationDueBy as rectificationDueByOf,
  type EvaluationChannel,
  type Reason,
} from "../lib/evaluation/evaluation-rules";
import { sealAnswers } from "../lib/applications/sealed-answers";
import { sealProfileData } from "../lib/profile/sealed-fields";
import { idCheckDigit } from "../lib/validators/id-number";
import { demoApplications } from "./seed-applications-data";
import {
  BAD_COMMENTS,
  CHANNEL_SHARES,
  GIVEN,
  HISTORY_RESIDENTS,
  HISTORY_TARGET,
  ITEM_PROFILES,
  KAZAKH_NAMES,
  MONTH_FACTOR,
  RESPONSES,
  SURNAMES,
  UYGHUR_NAMES,
  historyMobile,
} from "./seed-history-data";

export const HISTORY_FIRST_ID = "history-app-00001";
const DAY = 86_400_000;
const SETTINGS = {
  rectificationWorkingDays: Number(process.env.RECTIFICATION_WORKING_DAYS || 5),
  changeDays: Number(process.env.EVALUATION_CHANGE_DAYS || 7),
};

/** mulberry32: a small, fast, seeded PRNG (the same history for the same seeding day). */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
    /** An index drawn with these relative weights. */
    weighted: (weights: readonly number[]) => {
      let r = next() * weights.reduce((a, b) => a + b, 0);
      for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
      return weights.length - 1;
    },
  };
}
type Rng = ReturnType<typeof prng>;

/** The calendar's answers, remembered: the history asks the same few hundred dates tens of thousands of times. */
function remembered<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  const seen = new Map<string, R>();
  return (...args: A) => {
    const key = args.join("|");
    let r = seen.get(key);
    if (r === undefined) seen.set(key, (r = f(...args)));
    return r;
  };
}
const addWorkingDays = remembered((ymd: string, n: number) => addWorkingDaysOf(ymd, n));
const workingDaysBetween = remembered((from: string, to: string) => workingDaysBetweenOf(from, to));
const isWorkingDay = remembered((ymd: string) => isWorkingDayOf(ymd));
const resumeDeadline = remembered(resumeDeadlineOf);
const rectificationDueBy = remembered((openedOn: string) => rectificationDueByOf(openedOn, SETTINGS));
const deadlinesAt = remembered(deadlinesAtOf);
const shanghaiDateOf = shanghaiDateOfOf;

const addDays = (ymd: string, n: number) =>
  new Date(Date.parse(`${ymd}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const onOrAfterWorking = (ymd: string) => (isWorkingDay(ymd) ? ymd : addWorkingDays(ymd, 1));
/** A moment on a Shanghai calendar date. */
const at = (ymd: string, hour: number, minute: number) =>
  new Date(`${ymd}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+08:00`);

type Person = { id: string; role: Role; departmentId: string | null };
export type HistoryStaff = { clerks: Person[]; reviewers: Person[] };

type Resident = { id: string; nameZh: string; idNumber: string; mobile: string };

function residents(now: Date): {
  rows: Prisma.UserCreateManyInput[];
  profiles: Prisma.ProfileCreateManyInput[];
  list: Resident[];
} {
  const rng = prng(20_261_204);
  const rows: Prisma.UserCreateManyInput[] = [];
  const profiles: Prisma.ProfileCreateManyInput[] = [];
  const list: Resident[] = [];
  for (let n = 1; n <= HISTORY_RESIDENTS; n++) {
    const kind = rng.next();
    const [nameZh, nameUg] =
      kind < 0.45
        ? rng.pick(UYGHUR_NAMES)
        : kind < 0.52
          ? [rng.pick(KAZAKH_NAMES), undefined]
          : [`${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`, undefined];
    // Born 1950–2004; sequence numbers 800–999 are this history's (no demo or test identity uses them).
    // Never 1990-01-01: the demo population registry's test identities (README) are born that day.
    const born = new Date(Date.UTC(1950, 0, 1) + rng.int(0, 54 * 365) * DAY).toISOString().slice(0, 10);
    const birth = born === "1990-01-01" ? "1990-01-02" : born;
    const first17 = `654002${birth.replace(/-/g, "")}${799 + n}`;
    const idNumber = first17 + idCheckDigit(first17);
    const mobile = historyMobile(n);
    const id = `history-resident-${String(n).padStart(3, "0")}`;
    const createdAt = new Date(now.getTime() - rng.int(400, 700) * DAY);
    rows.push({ id, role: "resident", mobile, nameZh, nameUg, assurance: "registry", createdAt });
    profiles.push({
      userId: id,
      ...sealProfileData({ fullName: nameZh, fullNameUg: nameUg ?? null, idNumber, mobile }),
      address: { county: "654002", township: "654002003", community: "654002003001", detail: `解放西路${n}号` },
    });
    list.push({ id, nameZh, idNumber, mobile });
  }
  return { rows, profiles, list };
}

export type HistoryPlan = {
  users: Prisma.UserCreateManyInput[];
  profiles: Prisma.ProfileCreateManyInput[];
  applications: Prisma.ApplicationCreateManyInput[];
  parts: Prisma.ApplicationPartCreateManyInput[];
  events: Prisma.ApplicationEventCreateManyInput[];
  windowSessions: Prisma.WindowSessionCreateManyInput[];
  evaluations: Prisma.EvaluationCreateManyInput[];
  cases: Prisma.RectificationCaseCreateManyInput[];
};

/** Every row of the history, planned in memory (sealed with the portal's keys; no database). */
export function planHistory(now: Date, staff: HistoryStaff): HistoryPlan {
  const rng = prng(4_620_261);
  const today = shanghaiDateOf(now);
  const people = residents(now);
  const plan: HistoryPlan = {
    users: people.rows,
    profiles: people.profiles,
    applications: [],
    parts: [],
    events: [],
    windowSessions: [],
    evaluations: [],
    cases: [],
  };
  const reviewerOf = (dept: string) => staff.reviewers.filter((r) => r.departmentId === dept);
  const answersBase = new Map(
    services.map((s) => [s.slug, demoApplications.find((d) => d.slug === s.slug)?.answers ?? {}]),
  );
  const weighted = services.filter((s) => ITEM_PROFILES[s.slug]);
  const first = addDays(today, -365);
  // Per working day, before month factors; weekends see a sixth of it, online only.
  const perWorkingDay = (HISTORY_TARGET * 1.04) / 262;
  let seq = 0;
  let visitSeq = 0;
  let evalSeq = 0;

  for (let day = first; day < today; day = addDays(day, 1)) {
    const month = Number(day.slice(5, 7));
    const working = isWorkingDay(day);
    const progress = (Date.parse(day) - Date.parse(first)) / (365 * DAY);
    const expected = perWorkingDay * (MONTH_FACTOR[month] ?? 1) * (working ? 1 : 0.16);
    const count = Math.floor(expected + rng.next());
    for (let k = 0; k < count; k++) {
      // The item, by weight, doubled in its busy months.
      const weights = weighted.map((s) => {
        const p = ITEM_PROFILES[s.slug]!;
        return p.weight * (p.busyMonths?.includes(month) ? 2 : 1);
      });
      const service = weighted[rng.weighted(weights)]!;
      const onlineShare = CHANNEL_SHARES.onlineFrom + (CHANNEL_SHARES.onlineTo - CHANNEL_SHARES.onlineFrom) * progress;
      const c = rng.next();
      const channel = !working
        ? "online"
        : c < onlineShare
          ? "online"
          : c < onlineShare + CHANNEL_SHARES.terminal
            ? "terminal"
            : "window";
      const planned = planOne({
        rng,
        seq: seq + 1,
        day,
        today,
        now,
        progress,
        service,
        channel,
        resident: rng.pick(people.list),
        staff,
        reviewerOf,
        answers: answersBase.get(service.slug)!,
      });
      if (!planned) continue;
      seq++;
      plan.applications.push(planned.application);
      plan.parts.push(...planned.parts);
      plan.events.push(...planned.events);
      if (planned.rating) {
        const id = `history-eval-${String(++evalSeq).padStart(5, "0")}`;
        plan.evaluations.push({ ...planned.rating.evaluation, id });
        if (planned.rating.case) plan.cases.push({ ...planned.rating.case, id: `${id}-case`, evaluationId: id });
      }
      if (planned.visit) {
        const sessionId = `history-visit-${String(++visitSeq).padStart(5, "0")}`;
        plan.windowSessions.push({ ...planned.visit.session, id: sessionId });
        if (planned.visit.rating) {
          const id = `history-eval-${String(++evalSeq).padStart(5, "0")}`;
          plan.evaluations.push({ ...planned.visit.rating.evaluation, id, windowSessionId: sessionId });
          if (planned.visit.rating.case)
            plan.cases.push({ ...planned.visit.rating.case, id: `${id}-case`, evaluationId: id });
        }
      }
    }
  }
  return plan;
}

type Rating = {
  evaluation: Omit<Prisma.EvaluationCreateManyInput, "id">;
  case?: Omit<Prisma.RectificationCaseCreateManyInput, "id" | "evaluationId">;
};

/** A rating given at `when` (and its case when bad), with the story of the service behind it. */
function rate(
  rng: Rng,
  o: {
    when: Date;
    today: string;
    now: Date;
    residentId: string;
    channel: EvaluationChannel;
    departmentId: string;
    serviceCode: string;
    applicationId: string | null;
    clerkId?: string;
    story: { late: boolean; pastLegal: boolean; refused: boolean; supplement: boolean; complaint?: Reason };
    responder: Person | null;
  },
): Rating {
  const s = o.story;
  const bad =
    0.035 + (s.late ? 0.14 : 0) + (s.pastLegal ? 0.25 : 0) + (s.refused ? 0.2 : 0) + (s.supplement ? 0.07 : 0);
  let score: number;
  if (rng.chance(bad)) score = rng.chance(0.4) ? 1 : 2;
  else {
    const x = rng.next();
    const three = 0.08 + (s.late || s.supplement ? 0.1 : 0);
    score = x < three ? 3 : x < three + 0.26 ? 4 : 5;
  }
  const candidates: Reason[] = [];
  if (s.late || s.pastLegal) candidates.push("slow");
  if (s.supplement)
    candidates.push(s.complaint === "unclear_guide" || rng.chance(0.4) ? "unclear_guide" : "same_material_twice");
  if (s.refused) candidates.push("not_solved");
  if (s.complaint) candidates.push(s.complaint);
  if (o.channel === "window" || rng.chance(0.2)) candidates.push("staff_attitude");
  if (o.channel !== "window" && rng.chance(0.15)) candidates.push("system_problem");
  let reasons: Reason[] = [];
  if (isBadRating(score)) {
    const firstReason = candidates[0] ?? "staff_attitude";
    reasons = cleanReasons([firstReason, ...(rng.chance(0.45) && candidates[1] ? [candidates[1]] : [])]);
  } else if (score === 3 && candidates.length && rng.chance(0.35)) reasons = [candidates[0]!];
  const comment =
    isBadRating(score) && rng.chance(0.4)
      ? (BAD_COMMENTS.find((c) => c.reason === reasons[0] && rng.chance(0.7))?.text ?? null)
      : score === 5 && rng.chance(0.05)
        ? "办得很快，谢谢！"
        : null;
  const evaluation: Rating["evaluation"] = {
    residentId: o.residentId,
    applicationId: o.applicationId,
    channel: o.channel,
    departmentId: o.departmentId,
    serviceCode: o.serviceCode,
    clerkId: o.clerkId ?? null,
    score,
    reasons,
    comment,
    changeableUntil: changeableUntil(o.when, SETTINGS),
    createdAt: o.when,
    updatedAt: o.when,
  };
  if (!isBadRating(score)) return { evaluation };

  // The rectification case: most answered within the limit, a few late (escalated by the job the day after the due
  // date), some never (still open, escalated); residents confirm or dispute most answers within a few days.
  const openedOn = shanghaiDateOf(o.when);
  const dueBy = rectificationDueBy(openedOn);
  const x = rng.next();
  const lag = x < 0.8 ? rng.int(1, SETTINGS.rectificationWorkingDays) : x < 0.95 ? rng.int(6, 10) : null;
  const respondOn = lag === null ? null : addWorkingDays(openedOn, lag);
  const respondedAt = respondOn && respondOn < o.today ? at(respondOn, rng.int(9, 17), rng.int(0, 59)) : null;
  const escalationDay = addDays(dueBy, 1);
  const escalatedAt = escalationDay < o.today && (!respondedAt || respondOn! > dueBy) ? at(escalationDay, 2, 0) : null;
  const v = rng.next();
  const verdictAt = respondedAt ? new Date(respondedAt.getTime() + rng.int(2, 72) * 3_600_000) : null;
  const verdict = verdictAt && verdictAt < o.now && v < 0.8 ? (v < 0.6 ? "confirmed" : "disputed") : null;
  return {
    evaluation,
    case: {
      departmentId: o.departmentId,
      residentId: o.residentId,
      applicationId: o.applicationId,
      status: verdict ?? (respondedAt ? "responded" : "open"),
      openedOn,
      dueBy,
      response: respondedAt ? RESPONSES[reasons[0] ?? "staff_attitude"] : null,
      respondedAt,
      respondedById: respondedAt ? (o.responder?.id ?? null) : null,
      responseWorkingDays: respondedAt ? lag : null,
      verdictAt: verdict ? verdictAt : null,
      escalatedAt,
      createdAt: o.when,
    },
  };
}

type Planned = {
  application: Prisma.ApplicationCreateManyInput;
  parts: Prisma.ApplicationPartCreateManyInput[];
  events: Prisma.ApplicationEventCreateManyInput[];
  rating?: Rating;
  visit?: { session: Omit<Prisma.WindowSessionCreateManyInput, "id">; rating?: Rating };
};

/** One application from its submission on `day` to its end, or null when it would not be finished before today. */
function planOne(o: {
  rng: Rng;
  seq: number;
  day: string;
  today: string;
  now: Date;
  progress: number;
  service: ServiceDef;
  channel: "online" | "window" | "terminal";
  resident: Resident;
  staff: HistoryStaff;
  reviewerOf: (dept: string) => Person[];
  answers: Record<string, unknown>;
}): Planned | null {
  const { rng, service, resident, day, today } = o;
  const profile = ITEM_PROFILES[service.slug]!;
  const id = `history-app-${String(o.seq).padStart(5, "0")}`;
  const reference = `YN${day.replace(/-/g, "")}H${String(o.seq).padStart(7, "0")}`;
  const lead = service.department;
  const departments = [lead, ...(service.coDepartments ?? [])];
  const clerk =
    o.channel === "window" ? (rng.chance(0.6) ? o.staff.clerks[0]! : (o.staff.clerks[1] ?? o.staff.clerks[0]!)) : null;
  // Who acts for a department: one of its demo reviewers; a department without one acted through staff that have
  // no demo account (the event names the department, not a person).
  const actorFor = (dept: string): Person => {
    const list = o.reviewerOf(dept);
    return list.length ? rng.pick(list) : { id: "", role: "reviewer", departmentId: dept };
  };
  const leadActor = clerk && rng.chance(0.5) ? clerk : actorFor(lead);
  const applicant: Person = { id: resident.id, role: "resident", departmentId: null };
  const submitter = clerk ?? applicant;

  const submittedAt =
    o.channel === "online" ? at(day, rng.int(8, 22), rng.int(0, 59)) : at(day, rng.int(9, 17), rng.int(0, 59));
  const deadlines = deadlinesAt(day, service.promisedDays, service.legalDays);
  let promisedBy = deadlines.promisedBy;
  let legalBy = deadlines.legalBy;

  // --- the moves, each checked by the state machine's rule -----------------------------------------------------
  let status: Status = "draft";
  let supplementRequested = false;
  let returnTo: Status | null = null;
  const parts: Record<string, PartState> = Object.fromEntries(departments.map((d) => [d, "pending" as PartState]));
  const partRows = new Map<string, Prisma.ApplicationPartCreateManyInput>(
    departments.map((d) => [d, { id: `${id}-part-${d}`, applicationId: id, departmentId: d, status: "pending" }]),
  );
  const events: Prisma.ApplicationEventCreateManyInput[] = [];
  let decidedAt: Date | null = null;
  let last = submittedAt;
  // How it went, for the rating: a refusal at intake weighs like a refusal.
  let story = { late: false, pastLegal: false, refused: true, supplement: false };
  const move = (event: EventType, who: Person, when: Date, payload: Record<string, unknown>, isApplicant = false) => {
    const when2 = when > last ? when : new Date(last.getTime() + 7 * 60_000);
    const ctx: MachineContext = {
      status,
      leadDepartment: lead,
      parts,
      supplementRequested,
      returnTo,
      submittedAt,
      now: when2,
      staffActed: true,
    };
    const actor: Actor = { role: who.role, departmentId: who.departmentId, isApplicant };
    const d = decide(ctx, event, actor);
    if (!d.ok) throw new Error(`[seed] history ${id}: ${event} by ${who.role} refused (${d.reason})`);
    if (event === "request_supplement") {
      supplementRequested = true;
      returnTo = status;
    }
    if (d.part) {
      parts[d.part.departmentId] = d.part.status;
      Object.assign(partRows.get(d.part.departmentId)!, {
        status: d.part.status,
        decidedAt: when2,
        decidedById: who.id || null,
      });
    }
    if (DECISION_STATUSES.includes(d.to) && !DECISION_STATUSES.includes(status)) decidedAt = when2;
    events.push({
      applicationId: id,
      at: when2,
      type: storedEventType(event),
      fromStatus: status,
      toStatus: d.to,
      actorId: who.id || null,
      actorRole: who.role,
      departmentId: who.role === "resident" ? null : who.departmentId,
      payload: payload as Prisma.InputJsonValue,
    });
    status = d.to;
    last = when2;
  };

  move("submit", submitter, submittedAt, { reference, pending: [] }, submitter === applicant);
  const firstWorking = onOrAfterWorking(day);
  // Intake: the same day when there is time left, else the next working days (within the intake limit).
  const submittedLate = submittedAt.getTime() >= at(day, 16, 0).getTime() || firstWorking !== day;
  const acceptDay = addWorkingDays(
    firstWorking,
    (submittedLate && firstWorking === day ? 1 : 0) + (rng.chance(0.3) ? 1 : 0),
  );
  const outcome = rng.next();
  const withdrawn = outcome < 0.035;
  const notAccepted = !withdrawn && outcome < 0.035 + profile.notAccepted;
  if (withdrawn) {
    if (rng.chance(0.5)) move("accept", leadActor, at(acceptDay, 10, rng.int(0, 59)), {});
    const on = addWorkingDays(acceptDay, rng.int(0, 2));
    if (on >= today) return null;
    move("withdraw", applicant, at(on, 20, rng.int(0, 59)), { confirm: "yes" }, true);
  } else if (notAccepted) {
    if (acceptDay >= today) return null;
    move("refuse_intake", leadActor, at(acceptDay, 11, rng.int(0, 59)), {
      reason: rng.pick(reasonCodes.filter((c) => c !== "other")),
    });
  } else {
    if (acceptDay >= today) return null;
    move("accept", leadActor, at(acceptDay, 10, rng.int(0, 59)), {});
    let pause = 0;
    if (rng.chance(profile.supplement)) {
      const material = rng.pick(service.materials.slice(1).length ? service.materials.slice(1) : service.materials);
      move("request_supplement", leadActor, at(acceptDay, 11, rng.int(0, 59)), { materials: [material.id] });
      pause = rng.int(1, 7);
      const back = addWorkingDays(acceptDay, pause);
      if (back >= today) return null;
      move("resubmit", clerk ?? applicant, at(back, 10, rng.int(0, 59)), {}, !clerk);
      promisedBy = resumeDeadline(promisedBy, acceptDay, back);
      legalBy = resumeDeadline(legalBy, acceptDay, back);
    }
    // Working days the clock ran (pauses apart): on time, late, or past the legal limit too; better over the year.
    const improving = 1.3 - 0.6 * o.progress;
    const late = rng.chance(profile.late * improving);
    const pastLegal = late && rng.chance(profile.pastLegal);
    const startedAt = workingDaysBetween(day, acceptDay);
    const clock = pastLegal
      ? rng.int(service.legalDays + 1, service.legalDays + 6)
      : late && service.legalDays > service.promisedDays
        ? rng.int(service.promisedDays + 1, service.legalDays)
        : rng.int(Math.max(1, Math.min(startedAt, service.promisedDays)), service.promisedDays);
    const decisionDay = addWorkingDays(day, Math.max(clock, startedAt) + pause);
    if (decisionDay >= today) return null;
    const refuse = rng.chance(profile.refused);
    const co = service.coDepartments ?? [];
    for (const dept of co)
      if (!refuse || rng.chance(0.5)) move("approve_part", actorFor(dept), at(decisionDay, 12, rng.int(0, 59)), {});
    const leadReviewer = actorFor(lead);
    if (refuse)
      move("refuse", leadReviewer, at(decisionDay, 15, rng.int(0, 59)), {
        reason: rng.pick(["not-eligible", "not-eligible", "not-in-scope", "materials-untrue"]),
        legalBasis: 0,
      });
    else {
      move("approve_part", leadReviewer, at(decisionDay, 15, rng.int(0, 59)), {});
      const issueDay = addWorkingDays(decisionDay, rng.int(0, 2));
      const delivery =
        o.channel === "window" ? "window" : rng.pick(["electronic", "electronic", "post", "window"] as const);
      move(
        "issue_result",
        o.channel === "window" ? clerk! : leadReviewer.id ? leadReviewer : o.staff.clerks[0]!,
        at(issueDay < today ? issueDay : decisionDay, 16, rng.int(0, 59)),
        delivery === "post" ? { delivery, trackingNumber: `118${String(o.seq).padStart(10, "0")}` } : { delivery },
      );
      const closeDay = addWorkingDays(issueDay, rng.int(1, 10));
      if (closeDay < today && rng.chance(0.93)) move("close", o.staff.clerks[0]!, at(closeDay, 9, rng.int(0, 59)), {});
    }
    story = { late, pastLegal, refused: refuse, supplement: pause > 0 };
  }

  const decidedOn = decidedAt ? shanghaiDateOf(decidedAt) : null;
  const application: Prisma.ApplicationCreateManyInput = {
    id,
    reference,
    serviceCode: service.code,
    serviceSlug: service.slug,
    applicantId: resident.id,
    enteredById: submitter.id,
    channel: o.channel,
    applicantName: resident.nameZh,
    applicantIdTail: resident.idNumber.slice(-6).toUpperCase(),
    status,
    answers: sealAnswers({
      ...o.answers,
      applicantName: resident.nameZh,
      applicantIdNumber: resident.idNumber,
      applicantMobile: resident.mobile,
    }),
    lastStepId: "declaration",
    submittedAt,
    promisedBy,
    legalBy,
    acceptBy: deadlines.acceptBy,
    version: events.length,
    decidedAt,
    decidedOn,
    decisionWorkingDays: decidedOn ? workingDaysBetween(day, decidedOn) : null,
    supplementRequests: supplementRequested ? 1 : 0,
    createdAt: new Date(submittedAt.getTime() - rng.int(10, 90) * 60_000),
    updatedAt: last,
  };
  const planned: Planned = { application, parts: [...partRows.values()], events };

  // The rating: about 60% of decided applications, given on the result day or within a few working days of it,
  // in the channel the resident was in (SMS replies from everyone).
  const resultAt = events.find((e) => e.type === "issue_result")?.at ?? decidedAt;
  if (resultAt && rng.chance(0.6)) {
    const resultDay = shanghaiDateOf(resultAt as Date);
    const rateDay = addWorkingDays(resultDay, rng.chance(0.6) ? 0 : rng.int(1, 4));
    const c = rng.next();
    const channel: EvaluationChannel =
      o.channel === "online"
        ? c < 0.7
          ? "online"
          : "sms"
        : o.channel === "window"
          ? c < 0.55
            ? "window"
            : "sms"
          : c < 0.6
            ? "terminal"
            : c < 0.85
              ? "sms"
              : "online";
    let when = at(rateDay, channel === "window" ? rng.int(10, 17) : rng.int(12, 22), rng.int(0, 59));
    if (when <= (resultAt as Date)) when = new Date((resultAt as Date).getTime() + rng.int(5, 240) * 60_000);
    if (when < o.now) {
      planned.rating = rate(rng, {
        when,
        today,
        now: o.now,
        residentId: resident.id,
        channel,
        departmentId: lead,
        serviceCode: service.code,
        applicationId: id,
        story: { ...story, complaint: profile.complaint },
        responder: o.reviewerOf(lead)[0] ?? null,
      });
      // The timeline's entry, as record-evaluation.ts writes it (a reply by SMS or on the hall's screen has no actor).
      const byResident = channel === "online" || channel === "terminal";
      events.push({
        applicationId: id,
        at: when,
        type: "evaluated",
        actorId: byResident ? resident.id : null,
        actorRole: byResident ? "resident" : null,
        departmentId: null,
        payload: { score: planned.rating.evaluation.score, channel, reasons: planned.rating.evaluation.reasons },
      });
    }
  }

  // A window application was a visit: a consented session with the clerk, rated on the screen about half the time.
  if (clerk) {
    const start = new Date(submittedAt.getTime() - rng.int(8, 25) * 60_000);
    const end = new Date(submittedAt.getTime() + rng.int(2, 10) * 60_000);
    planned.visit = {
      session: {
        clerkId: clerk.id,
        residentId: resident.id,
        windowNo: o.staff.clerks.indexOf(clerk) === 0 ? "3" : "5",
        consentMethod: "sms_code",
        consentedAt: new Date(start.getTime() + 60_000),
        endedAt: end,
        createdAt: start,
      },
    };
    if (rng.chance(0.5)) {
      const when = new Date(end.getTime() + 40_000);
      planned.visit.rating = rate(rng, {
        when,
        today,
        now: o.now,
        residentId: resident.id,
        channel: "window",
        departmentId: clerk.departmentId ?? "service-center",
        serviceCode: service.code,
        applicationId: null,
        clerkId: clerk.id,
        story: { late: false, pastLegal: false, refused: false, supplement: false },
        responder: null,
      });
    }
  }
  return planned;
}

/** Writes the history once (skipped when it is there). Returns how many applications it added. */
export async function seedHistory(db: PrismaClient, now = new Date()): Promise<number> {
  if (await db.application.findUnique({ where: { id: HISTORY_FIRST_ID }, select: { id: true } })) return 0;
  const staffRows = await db.user.findMany({
    where: { staffId: { in: ["clerk01", "clerk02", "reviewer01", "reviewer02", "reviewer03", "reviewer04"] } },
    select: { id: true, staffId: true, role: true, departmentId: true },
    orderBy: { staffId: "asc" },
  });
  const clerks = staffRows.filter((s) => s.role === "clerk");
  if (!clerks.length) throw new Error("[seed] the demo staff are missing: history not written");
  const plan = planHistory(now, { clerks, reviewers: staffRows.filter((s) => s.role === "reviewer") });
  await db.$transaction(async (tx) => writePlan(tx, plan), { timeout: 120_000 });
  return plan.applications.length;
}

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());
const col = <T, V>(rows: readonly T[], f: (row: T) => V) => rows.map(f);

/** Multi-row inserts, one statement per table: the rows travel as arrays (`unnest`). Prisma's createMany took half a
 * minute for these 20,000 rows on a busy 2-core machine; this takes a second or two. Timestamps are sent as UTC ISO
 * strings into the timestamp(3) columns (which hold UTC, as Prisma writes them). */
async function writePlan(tx: Prisma.TransactionClient, plan: HistoryPlan) {
  await tx.user.createMany({ data: plan.users, skipDuplicates: true });
  await tx.profile.createMany({ data: plan.profiles, skipDuplicates: true });
  const a = plan.applications;
  await tx.$executeRaw`
    INSERT INTO "Application" (id, reference, "serviceCode", "serviceSlug", "applicantId", "enteredById", channel,
      "applicantName", "applicantIdTail", status, answers, "lastStepId", "submittedAt", "promisedBy", "legalBy",
      "acceptBy", version, "decidedAt", "decidedOn", "decisionWorkingDays", "supplementRequests", "createdAt",
      "updatedAt")
    SELECT id, reference, code, slug, applicant, entered, channel::"Channel", name, tail, status::"ApplicationStatus",
      answers::jsonb, 'declaration', submitted::timestamp(3), promised, legal, accept, version, decided::timestamp(3),
      "decidedOn", days, supplements, created::timestamp(3), updated::timestamp(3)
    FROM unnest(${col(a, (r) => r.id)}::text[], ${col(a, (r) => r.reference)}::text[],
      ${col(a, (r) => r.serviceCode)}::text[], ${col(a, (r) => r.serviceSlug)}::text[],
      ${col(a, (r) => r.applicantId)}::text[], ${col(a, (r) => r.enteredById)}::text[],
      ${col(a, (r) => r.channel)}::text[], ${col(a, (r) => r.applicantName)}::text[],
      ${col(a, (r) => r.applicantIdTail)}::text[], ${col(a, (r) => r.status)}::text[],
      ${col(a, (r) => JSON.stringify(r.answers))}::text[], ${col(a, (r) => iso(r.submittedAt))}::text[],
      ${col(a, (r) => r.promisedBy)}::text[], ${col(a, (r) => r.legalBy)}::text[], ${col(a, (r) => r.acceptBy)}::text[],
      ${col(a, (r) => r.version)}::int[], ${col(a, (r) => iso(r.decidedAt))}::text[], ${col(a, (r) => r.decidedOn)}::text[],
      ${col(a, (r) => r.decisionWorkingDays)}::int[], ${col(a, (r) => r.supplementRequests)}::int[],
      ${col(a, (r) => iso(r.createdAt))}::text[], ${col(a, (r) => iso(r.updatedAt))}::text[])
      AS t(id, reference, code, slug, applicant, entered, channel, name, tail, status, answers, submitted, promised,
        legal, accept, version, decided, "decidedOn", days, supplements, created, updated)`;
  const p = plan.parts;
  await tx.$executeRaw`
    INSERT INTO "ApplicationPart" (id, "applicationId", "departmentId", status, "decidedAt", "decidedById")
    SELECT id, app, dept, status::"PartStatus", decided::timestamp(3), who
    FROM unnest(${col(p, (r) => r.id)}::text[], ${col(p, (r) => r.applicationId)}::text[],
      ${col(p, (r) => r.departmentId)}::text[], ${col(p, (r) => r.status)}::text[],
      ${col(p, (r) => iso(r.decidedAt))}::text[], ${col(p, (r) => r.decidedById)}::text[])
      AS t(id, app, dept, status, decided, who)`;
  const e = plan.events;
  await tx.$executeRaw`
    INSERT INTO "ApplicationEvent" ("applicationId", at, type, "fromStatus", "toStatus", "actorId", "actorRole",
      "departmentId", payload)
    SELECT app, at::timestamp(3), type, "from"::"ApplicationStatus", "to"::"ApplicationStatus", actor, role::"Role",
      dept, payload::jsonb
    FROM unnest(${col(e, (r) => r.applicationId)}::text[], ${col(e, (r) => iso(r.at))}::text[],
      ${col(e, (r) => r.type)}::text[], ${col(e, (r) => r.fromStatus ?? null)}::text[],
      ${col(e, (r) => r.toStatus ?? null)}::text[], ${col(e, (r) => r.actorId ?? null)}::text[],
      ${col(e, (r) => r.actorRole ?? null)}::text[], ${col(e, (r) => r.departmentId ?? null)}::text[],
      ${col(e, (r) => JSON.stringify(r.payload))}::text[])
      WITH ORDINALITY AS t(app, at, type, "from", "to", actor, role, dept, payload, n)
    ORDER BY n`;
  const w = plan.windowSessions;
  await tx.$executeRaw`
    INSERT INTO "WindowSession" (id, "clerkId", "residentId", "windowNo", "consentMethod", "consentedAt", "endedAt",
      "createdAt")
    SELECT id, clerk, resident, win, method::"ConsentMethod", consented::timestamp(3), ended::timestamp(3),
      created::timestamp(3)
    FROM unnest(${col(w, (r) => r.id)}::text[], ${col(w, (r) => r.clerkId)}::text[],
      ${col(w, (r) => r.residentId)}::text[], ${col(w, (r) => r.windowNo)}::text[],
      ${col(w, (r) => r.consentMethod)}::text[], ${col(w, (r) => iso(r.consentedAt))}::text[],
      ${col(w, (r) => iso(r.endedAt))}::text[], ${col(w, (r) => iso(r.createdAt))}::text[])
      AS t(id, clerk, resident, win, method, consented, ended, created)`;
  const v = plan.evaluations;
  await tx.$executeRaw`
    INSERT INTO "Evaluation" (id, "residentId", "applicationId", "windowSessionId", channel, "departmentId",
      "serviceCode", "clerkId", score, reasons, comment, "changeableUntil", "createdAt", "updatedAt")
    SELECT id, resident, app, session, channel::"EvaluationChannel", dept, code, clerk, score,
      ARRAY(SELECT jsonb_array_elements_text(reasons::jsonb)), comment, until::timestamp(3), created::timestamp(3),
      created::timestamp(3)
    FROM unnest(${col(v, (r) => r.id)}::text[], ${col(v, (r) => r.residentId)}::text[],
      ${col(v, (r) => r.applicationId ?? null)}::text[], ${col(v, (r) => r.windowSessionId ?? null)}::text[],
      ${col(v, (r) => r.channel)}::text[], ${col(v, (r) => r.departmentId)}::text[],
      ${col(v, (r) => r.serviceCode ?? null)}::text[], ${col(v, (r) => r.clerkId ?? null)}::text[],
      ${col(v, (r) => r.score)}::int[], ${col(v, (r) => JSON.stringify(r.reasons ?? []))}::text[],
      ${col(v, (r) => r.comment ?? null)}::text[], ${col(v, (r) => iso(r.changeableUntil))}::text[],
      ${col(v, (r) => iso(r.createdAt))}::text[])
      AS t(id, resident, app, session, channel, dept, code, clerk, score, reasons, comment, until, created)`;
  const c = plan.cases;
  await tx.$executeRaw`
    INSERT INTO "RectificationCase" (id, "evaluationId", "departmentId", "residentId", "applicationId", status,
      "openedOn", "dueBy", response, "respondedAt", "respondedById", "responseWorkingDays", "verdictAt",
      "escalatedAt", "createdAt")
    SELECT id, eval, dept, resident, app, status::"RectificationStatus", opened, due, response,
      responded::timestamp(3), who, days, verdict::timestamp(3), escalated::timestamp(3), created::timestamp(3)
    FROM unnest(${col(c, (r) => r.id)}::text[], ${col(c, (r) => r.evaluationId)}::text[],
      ${col(c, (r) => r.departmentId)}::text[], ${col(c, (r) => r.residentId)}::text[],
      ${col(c, (r) => r.applicationId ?? null)}::text[], ${col(c, (r) => r.status)}::text[],
      ${col(c, (r) => r.openedOn)}::text[], ${col(c, (r) => r.dueBy)}::text[], ${col(c, (r) => r.response ?? null)}::text[],
      ${col(c, (r) => iso(r.respondedAt))}::text[], ${col(c, (r) => r.respondedById ?? null)}::text[],
      ${col(c, (r) => r.responseWorkingDays ?? null)}::int[], ${col(c, (r) => iso(r.verdictAt))}::text[],
      ${col(c, (r) => iso(r.escalatedAt))}::text[], ${col(c, (r) => iso(r.createdAt))}::text[])
      AS t(id, eval, dept, resident, app, status, opened, due, response, responded, who, days, verdict, escalated,
        created)`;
}
