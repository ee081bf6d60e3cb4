// Every paged list, against the real database: more rows than two pages, walked forward to the end and back to the
// start (no row missing or repeated, rows sharing a timestamp kept apart by id), in the list's own order, and only
// the reader's own rows (another resident's, another department's never appear).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, createStaff, seedDepartments, type TestResident } from "@/lib/test-support/factories";
import { PAGE_SIZE, type Page } from "./keyset";
import { listInbox } from "@/lib/notifications/list-inbox";
import { listMyDrafts, listMySubmitted } from "@/lib/applications/read/list-my-applications";
import { listAllProfileAccess, listProfileAccess } from "@/lib/profile/access-log";
import { QUEUE_COUNT_CAP, listDepartmentQueue, openStatuses } from "@/lib/applications/read/list-department-queue";
import { recordAudit } from "@/lib/audit/record-audit";
import { urgencyOf } from "@/lib/applications/transition/deadlines";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import type { Status } from "@/lib/applications/transition/status-machine";
import { service } from "@/lib/test-support/factories";

beforeAll(seedDepartments);
afterEach(() => vi.useRealTimers());

/** Walks a list from page one to the end and back: the pages each way, as lists of ids. */
async function walk<R extends { id: string }>(read: (cursor?: string) => Promise<Page<R>>) {
  const forward: string[][] = [];
  let page = await read();
  expect(page.prev).toBeNull();
  forward.push(page.rows.map((r) => r.id));
  while (page.next) {
    page = await read(page.next);
    forward.push(page.rows.map((r) => r.id));
    expect(forward.length).toBeLessThan(50);
  }
  const backward: string[][] = [];
  while (page.prev) {
    page = await read(page.prev);
    backward.unshift(page.rows.map((r) => r.id));
    expect(backward.length).toBeLessThan(50);
  }
  return { forward, backward };
}

/** The walk saw exactly `expected`, in that order, a full page at a time, and came back over the same pages. */
function expectWalk(w: { forward: string[][]; backward: string[][] }, expected: string[]) {
  expect(expected.length).toBeGreaterThan(2 * PAGE_SIZE);
  expect(w.forward.flat()).toEqual(expected);
  expect(w.forward.slice(0, -1).every((p) => p.length === PAGE_SIZE)).toBe(true);
  expect(w.backward).toEqual(w.forward.slice(0, -1));
}

const pad = (n: number) => String(n).padStart(3, "0");
const minute = (n: number) => new Date(Date.UTC(2026, 10, 20, 8, n));

describe("the inbox", () => {
  it("pages through the resident's own notifications, newest first, ties by id", async () => {
    const [a, b] = [await createResident(), await createResident()];
    // Three notifications per minute: ties on the time.
    const mine = Array.from({ length: 47 }, (_, i) => ({
      id: `nt${pad(i)}`,
      userId: a.id,
      type: "accepted",
      createdAt: minute(Math.floor(((i * 7) % 47) / 3)),
    }));
    await db.notification.createMany({ data: mine });
    await db.notification.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({ id: `nx${pad(i)}`, userId: b.id, type: "accepted" })),
    });
    const expected = [...mine]
      .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (x.id < y.id ? 1 : -1))
      .map((n) => n.id);
    expectWalk(await walk((c) => listInbox(a.id, c)), expected);
    expect((await walk((c) => listInbox(b.id, c))).forward.flat()).toHaveLength(5);
  });

  it("reads a tampered cursor as page one", async () => {
    const a = await createResident();
    await db.notification.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({ userId: a.id, type: "accepted", createdAt: minute(i) })),
    });
    const first = await listInbox(a.id);
    for (const bad of ["x", `${first.next}zz`, Buffer.from('{"d":"next","k":[1,2]}').toString("base64url")])
      expect((await listInbox(a.id, bad)).rows).toEqual(first.rows);
  });
});

describe("my applications", () => {
  async function applications(owner: TestResident, n: number, prefix: string) {
    const s = service("social-security-card");
    const rows = Array.from({ length: n }, (_, i) => ({
      id: `${prefix}${pad(i)}`,
      serviceCode: s.code,
      serviceSlug: s.slug,
      applicantId: owner.id,
      enteredById: owner.id,
      status: (["submitted", "accepted", "closed", "withdrawn"] as const)[i % 4],
      submittedAt: minute(Math.floor(((i * 11) % n) / 3)),
    }));
    await db.application.createMany({ data: rows });
    return rows;
  }

  it("pages through the resident's submitted applications, newest submission first; drafts apart", async () => {
    const [a, b] = [await createResident(), await createResident()];
    const mine = await applications(a, 46, "ma");
    await applications(b, 6, "mb");
    for (const slug of ["elderly-allowance", "social-security-card"]) {
      const s = service(slug);
      await db.application.create({
        data: { serviceCode: s.code, serviceSlug: s.slug, applicantId: a.id, enteredById: a.id },
      });
    }
    const expected = [...mine]
      .sort((x, y) => y.submittedAt.getTime() - x.submittedAt.getTime() || (x.id < y.id ? 1 : -1))
      .map((r) => r.id);
    expectWalk(await walk((c) => listMySubmitted(a.id, c)), expected);
    expect((await listMyDrafts(a.id)).map((d) => d.status)).toEqual(["draft", "draft"]);
    expect(await listMyDrafts(b.id)).toEqual([]);
    expect((await walk((c) => listMySubmitted(b.id, c))).forward.flat().every((id) => id.startsWith("mb"))).toBe(true);
  });
});

describe("who read my data", () => {
  it("pages through staff access to the resident's data only, newest first, ties by id", async () => {
    const [a, b] = [await createResident(), await createResident()];
    const clerk = await createStaff("clerk");
    const actor = { id: clerk.id, role: "clerk" as const };
    vi.useFakeTimers({ toFake: ["Date"] });
    for (let i = 0; i < 45; i++) {
      // Two rows a minute (ties on the time), half about the profile, half done at the window on the resident's behalf.
      vi.setSystemTime(minute(Math.floor(i / 2)));
      if (i % 2)
        await recordAudit({
          action: "profile.view",
          payload: { masked: true },
          actor,
          subject: { type: "profile", id: a.id },
        });
      else await recordAudit({ action: "window.session_opened", payload: { windowNo: "3" }, actor, onBehalfOf: a.id });
      // Someone else's, and the resident's own doing: never in the list.
      if (i % 9 === 0) {
        await recordAudit({
          action: "profile.view",
          payload: { masked: true },
          actor,
          subject: { type: "profile", id: b.id },
        });
        await recordAudit({
          action: "profile.export",
          payload: {},
          actor: { id: a.id, role: "resident" },
          subject: { type: "profile", id: a.id },
        });
      }
    }
    vi.useRealTimers();
    const rows = await db.auditLog.findMany({
      where: { actorId: clerk.id, OR: [{ subjectId: a.id }, { onBehalfOf: a.id }] },
      select: { id: true, at: true },
      take: 100,
    });
    expect(rows).toHaveLength(45);
    const expected = rows
      .sort((x, y) => y.at.getTime() - x.at.getTime() || (x.id < y.id ? 1 : -1))
      .map((r) => String(r.id));
    expectWalk(await walk((c) => listProfileAccess(a.id, c)), expected);
    // Smaller pages, and the export's walk over every page.
    const seven = await walk((c) => listProfileAccess(a.id, c, 7));
    expect(seven.forward.flat()).toEqual(expected);
    expect((await listAllProfileAccess(a.id)).map((r) => r.id)).toEqual(expected);
    expect((await listProfileAccess(b.id)).rows).toHaveLength(5);
  });
});

describe("the department queue", () => {
  const now = new Date("2026-12-03T04:00:00Z"); // Thursday 12:00 in Shanghai
  const day = (offset: number) =>
    new Date(Date.parse("2026-12-03T00:00:00Z") + offset * 86_400_000).toISOString().slice(0, 10);
  const cycle = [
    "submitted",
    "accepted",
    "under_review",
    "supplement_requested",
    "approved",
    "refused",
    "closed",
    "withdrawn",
  ] as const;

  async function queueRows(departmentId: string, n: number, prefix: string) {
    const s = service("elderly-allowance");
    const owner = await createResident();
    const rows = Array.from({ length: n }, (_, i) => ({
      id: `${prefix}${pad(n - i)}`,
      serviceCode: s.code,
      serviceSlug: s.slug,
      applicantId: owner.id,
      enteredById: owner.id,
      applicantName: `申请人${i}`,
      status: cycle[i % cycle.length] as Status,
      submittedAt: minute(i),
      // Many share a promised date (ties broken by id); some have none.
      promisedBy: i % 13 === 0 ? null : day((i % 9) - 3),
      acceptBy: day((i % 5) - 2),
    }));
    await db.application.createMany({ data: rows });
    await db.applicationPart.createMany({ data: rows.map((r) => ({ applicationId: r.id, departmentId })) });
    return rows;
  }

  /** The queue's order, computed here by hand: open with a running clock by the deadline that clock runs to (the
   *  intake limit while submitted, the promised date after; none last), then waiting for the resident by promised
   *  date, then decided or closed by promised date; ties by id. */
  function expectedOrder(rows: Awaited<ReturnType<typeof queueRows>>) {
    const NONE = "9999-12-31";
    const keyed = rows.map((r) => ({
      id: r.id,
      group: r.status === "supplement_requested" ? 1 : openStatuses.includes(r.status) ? 0 : 2,
      deadline: (r.status === "submitted" ? r.acceptBy : r.promisedBy) ?? NONE,
    }));
    return keyed
      .sort(
        (x, y) =>
          x.group - y.group ||
          (x.deadline < y.deadline ? -1 : x.deadline > y.deadline ? 1 : 0) ||
          (x.id < y.id ? -1 : 1),
      )
      .map((r) => r.id);
  }

  it("pages through the department's applications by urgency (the deadline), then id; others never", async () => {
    const mine = await queueRows("civil-affairs", 52, "qa");
    await queueRows("hrss", 9, "qh");
    // A draft with a part is not in anyone's queue.
    const s = service("elderly-allowance");
    const draft = await db.application.create({
      data: {
        serviceCode: s.code,
        serviceSlug: s.slug,
        applicantId: (await createResident()).id,
        enteredById: (await createResident()).id,
      },
    });
    await db.applicationPart.create({ data: { applicationId: draft.id, departmentId: "civil-affairs" } });

    const all = await walk((c) => listDepartmentQueue("civil-affairs", {}, c, now));
    expectWalk(all, expectedOrder(mine));
    expect((await listDepartmentQueue("civil-affairs", {}, undefined, now)).total).toBe(52);

    // The default view (open statuses) pages the same way, with fewer rows.
    const open = mine.filter((r) => openStatuses.includes(r.status));
    const openWalk = await walk((c) => listDepartmentQueue("civil-affairs", { status: "open" }, c, now));
    expect(openWalk.forward.flat()).toEqual(expectedOrder(open));
    expect(openWalk.backward).toEqual(openWalk.forward.slice(0, -1));

    // The urgency shown agrees with urgencyOf, row by row, and the most urgent come first.
    const first = await listDepartmentQueue("civil-affairs", {}, undefined, now);
    expect(first.rows.slice(0, 3).map((r) => r.urgency)).toEqual(["overdue", "overdue", "overdue"]);
    const today = todayInShanghai(now);
    for (const r of first.rows) {
      const source = mine.find((m) => m.id === r.id)!;
      const open = openStatuses.includes(source.status);
      const deadline = source.status === "submitted" ? source.acceptBy : source.promisedBy;
      expect(r.urgency).toBe(open ? urgencyOf(deadline, today, source.status === "supplement_requested") : "onTime");
    }
    const hr = await walk((c) => listDepartmentQueue("hrss", {}, c, now));
    expect(hr.forward.flat().every((id) => id.startsWith("qh"))).toBe(true);
    expect(hr.forward.flat()).toHaveLength(9);
    // A department without parts sees nothing.
    expect((await listDepartmentQueue("public-security", {}, undefined, now)).rows).toEqual([]);
  });

  it("counts the queue exactly up to the cap and says 'more' beyond it", async () => {
    const before = (await listDepartmentQueue("public-security", {}, undefined, now)).total;
    await queueRows("public-security", 40, "qc");
    const counted = await listDepartmentQueue("public-security", {}, undefined, now);
    expect([counted.total, counted.totalIsCapped]).toEqual([before + 40, false]);
    const s = service("elderly-allowance");
    const owner = await createResident();
    const many = Array.from({ length: QUEUE_COUNT_CAP + 1 }, (_, i) => ({
      id: `qm${pad(i)}`,
      serviceCode: s.code,
      serviceSlug: s.slug,
      applicantId: owner.id,
      enteredById: owner.id,
      status: "accepted" as Status,
      submittedAt: minute(i),
    }));
    await db.application.createMany({ data: many });
    await db.applicationPart.createMany({ data: many.map((r) => ({ applicationId: r.id, departmentId: "hrss" })) });
    const capped = await listDepartmentQueue("hrss", {}, undefined, now);
    expect([capped.total, capped.totalIsCapped]).toEqual([QUEUE_COUNT_CAP, true]);
  });

  it("keeps filters while paging and reads a tampered cursor as page one", async () => {
    await queueRows("civil-affairs", 30, "qf");
    const first = await listDepartmentQueue("civil-affairs", { status: "closed" }, undefined, now);
    expect(first.rows.every((r) => r.status === "closed")).toBe(true);
    const whole = await listDepartmentQueue("civil-affairs", {}, undefined, now);
    expect((await listDepartmentQueue("civil-affairs", {}, "eyJkIjoibmV4dCJ9", now)).rows).toEqual(whole.rows);
  });
});
