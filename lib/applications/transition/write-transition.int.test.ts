// The one writer of an application's status (write-transition.ts) against the real database: a stale version writes
// nothing, and the demo seed, which replays its applications through the same writer, leaves every one consistent
// (one timeline row per move, the version counting the moves, the applicant columns filled at submission).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { demoUsers } from "@/prisma/seed-data";
import { demoApplications } from "@/prisma/seed-applications-data";
import { seedDemoApplications } from "@/prisma/seed-applications";
import { createDraft, createResident, seedDepartments, testPasswordHash } from "@/lib/test-support/factories";
import { writeTransition } from "./write-transition";
import { openAnswers } from "@/lib/applications/sealed-answers";

beforeAll(seedDepartments);

describe("writeTransition", () => {
  it("writes nothing when the version it was decided on is stale", async () => {
    const applicant = await createResident();
    const draft = await createDraft({ applicant });
    const before = await db.application.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    const moved = await db.$transaction((tx) =>
      writeTransition(tx, {
        applicationId: draft.id,
        from: { status: "draft", version: before.version + 1 },
        event: "submit",
        to: "submitted",
        actor: { id: applicant.id, role: "resident" },
        at: new Date(),
        payload: {},
        createParts: ["civil-affairs"],
      }),
    );
    expect(moved).toBe(false);
    expect(await db.application.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } })).toEqual({
      status: "draft",
    });
    expect(await db.applicationEvent.count({ where: { applicationId: draft.id } })).toBe(0);
    expect(await db.applicationPart.count({ where: { applicationId: draft.id } })).toBe(0);
  });

  it("the demo seed replays every demo application through it, consistently", async () => {
    process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "seed-uploads-"));
    const passwordHash = await testPasswordHash();
    for (const u of demoUsers) await db.user.create({ data: { ...u, passwordHash } });
    const created = await seedDemoApplications(db as unknown as PrismaClient);
    expect(created).toBe(demoApplications.length);

    const apps = await db.application.findMany({
      where: { id: { in: demoApplications.map((d) => d.id) } },
      select: {
        id: true,
        status: true,
        version: true,
        answers: true,
        applicantName: true,
        applicantIdTail: true,
        events: { select: { type: true, fromStatus: true, toStatus: true }, orderBy: { id: "asc" } },
      },
    });
    expect(apps).toHaveLength(demoApplications.length);
    for (const app of apps) {
      const demo = demoApplications.find((d) => d.id === app.id)!;
      const answers = openAnswers(app.answers) as Record<string, string>;
      expect(app.events.map((e) => e.type)).toEqual(["submitted", ...demo.steps.map((s) => s.event)]);
      expect(app.events[0]).toMatchObject({ fromStatus: "draft", toStatus: "submitted" });
      // Each move starts where the previous one ended, and the last one is where the application is.
      app.events.slice(1).forEach((e, i) => expect(e.fromStatus).toBe(app.events[i]!.toStatus));
      expect(app.events.at(-1)!.toStatus).toBe(app.status);
      expect(app.version).toBe(app.events.length);
      expect(app.applicantName).toBe(answers.applicantName);
      expect(app.applicantIdTail).toBe(answers.applicantIdNumber!.slice(-6).toUpperCase());
    }
  });
});
