// Submission (issue 23): 50 residents each submit a prepared draft, all at once, through the real submit use case
// (lib/applications/submit/submit-application.ts: the compare-and-set draft → submitted, parts, event, inbox row and
// SMS in one transaction), in this process, against the city-scale database (1,000,000 applications around them).
//
// Each run makes 50 new residents (accounts with a profile, verified at a window) and their drafts of the social
// security card item, written the way lib/test-support/factories.ts writes a draft (sensitive-data consent given,
// answers sealed, material rows for the file fields), so a rerun measures fresh drafts and never resubmits.
// Afterwards it checks that each draft became exactly one submitted application with one submission event.
// Time per submission is the call's own wall time with all 50 in flight: it includes waiting for one of the
// portal's 10 pooled connections (lib/db/client.ts), as 50 residents pressing "submit" together on one instance do.
import { randomBytes, randomInt } from "node:crypto";
import type { BenchContext, BenchRow } from "./lib/bench-types";
import { actAsPortal, asOwner, runAlone, showSpread, spreadOf, timeEach } from "./lib/city-bench-support";

const RESIDENTS = 50;
const WARM = 3;
/** Submitted one at a time before the burst: what one submission costs without waiting for others. */
const ALONE = 10;
const SLUG = "social-security-card";

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  actAsPortal(ctx);
  const { db } = await import("@/lib/db/client");
  const { getService } = await import("@/lib/services");
  const { submitApplication } = await import("@/lib/applications/submit/submit-application");
  const { grantConsents } = await import("@/lib/profile/consents");
  const { sealProfileData } = await import("@/lib/profile/sealed-fields");
  const { sealAnswers } = await import("@/lib/applications/sealed-answers");
  const { visibleSteps } = await import("@/lib/form-engine/journey");
  const { buildStepSchema, todayInShanghai } = await import("@/lib/form-engine/build-step-schema");
  const { idCheckDigit } = await import("@/lib/validators/id-number");
  const { demoApplications } = await import("@/prisma/seed-applications-data");

  const service = getService(SLUG)!;
  const demo = demoApplications.find((d) => d.slug === SLUG);
  if (!demo) throw new Error(`no demo answers for ${SLUG}`);
  const address = { county: "654002", township: "654002003", community: "654002003001", detail: "解放西路66号" };

  /** A resident no earlier run made: region 654025 is not the generator's, and the hash is checked before use. */
  async function newResident(n: number) {
    for (;;) {
      const birth = new Date(Date.UTC(1950, 0, 1) + randomInt(20_000) * 86_400_000).toISOString().slice(0, 10);
      const first17 = `654025${birth.replace(/-/g, "")}${String(randomInt(1000)).padStart(3, "0")}`;
      const idNumber = first17 + idCheckDigit(first17);
      const mobile = `16${String(randomInt(1_000_000_000)).padStart(9, "0")}`;
      const name = ["赵建军", "陈静", "刘洋", "古丽娜·热合曼"][n % 4]!;
      const sealed = sealProfileData({ fullName: name, idNumber, mobile, address });
      const taken = await db.profile.count({ where: { idNumberHash: sealed.idNumberHash } });
      const mobileTaken = await db.user.count({ where: { mobile } });
      if (taken || mobileTaken) continue;
      const user = await db.user.create({
        data: { role: "resident", mobile, nameZh: name, assurance: "in_person" },
        select: { id: true },
      });
      await db.profile.create({ data: { userId: user.id, ...sealed } });
      return { id: user.id, idNumber, mobile, name };
    }
  }

  /** A draft with every step answered, as factories.ts's createDraft writes one. */
  async function newDraft(r: Awaited<ReturnType<typeof newResident>>) {
    if (service.sensitive?.length) await grantConsents(r.id, service, [...service.sensitive]);
    const row = await db.application.create({
      data: {
        applicantId: r.id,
        enteredById: r.id,
        serviceCode: service.code,
        serviceSlug: service.slug,
        channel: "online",
        lastStepId: "declaration",
      },
      select: { id: true },
    });
    const answers: Record<string, unknown> = {
      ...demo!.answers,
      applicantName: r.name,
      applicantIdNumber: r.idNumber,
      applicantMobile: r.mobile,
      applicantAddress: address,
    };
    for (const field of visibleSteps(service, answers as never, "online").flatMap((s) => s.fields)) {
      if (field.kind !== "file" || !Array.isArray(answers[field.name]) || !(answers[field.name] as []).length) continue;
      const upload = await db.upload.create({
        data: {
          ownerId: r.id,
          applicationId: row.id,
          fieldName: field.name,
          storageKey: `bench/${row.id}/${randomBytes(8).toString("hex")}`,
          originalName: `${field.name}.pdf`,
          mime: "application/pdf",
          size: 100,
          sha256: randomBytes(32).toString("hex"),
        },
        select: { id: true },
      });
      answers[field.name] = [upload.id];
    }
    const today = todayInShanghai();
    for (const step of visibleSteps(service, answers as never, "online")) {
      const ok = buildStepSchema(step, answers as never, "online", { today }).safeParse(answers);
      if (!ok.success) throw new Error(`draft answers do not pass step ${step.id}: ${JSON.stringify(ok.error.issues)}`);
    }
    await db.application.update({ where: { id: row.id }, data: { answers: sealAnswers(answers as never) } });
    return { id: row.id, applicantId: r.id };
  }

  ctx.log(`submission: preparing ${RESIDENTS + WARM + ALONE} residents with a draft each`);
  const drafts: { id: string; applicantId: string }[] = [];
  for (let n = 0; n < RESIDENTS + WARM + ALONE; n++) drafts.push(await newDraft(await newResident(n)));
  const submit = (d: { id: string; applicantId: string }) =>
    submitApplication(
      { applicantId: d.applicantId, actor: { id: d.applicantId, role: "resident" }, channel: "online" },
      { service, applicationId: d.id },
    );
  // Untimed: the first calls load and prepare what every later call reuses.
  for (const d of drafts.slice(0, WARM)) await submit(d);

  const alone = spreadOf(await timeEach(ALONE, 0, (i) => submit(drafts[WARM + i]!)));
  const batch = drafts.slice(WARM + ALONE);
  ctx.log(`submission: ${RESIDENTS} submissions at once`);
  const started = performance.now();
  const settled = await Promise.allSettled(
    batch.map(async (d) => {
      const t = performance.now();
      const r = await submit(d);
      return { ms: performance.now() - t, reference: r.reference, again: r.alreadySubmitted };
    }),
  );
  const wall = performance.now() - started;
  const ok = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const errors = settled.filter((s) => s.status === "rejected");
  for (const e of errors.slice(0, 3)) ctx.log(`submission failed: ${(e as PromiseRejectedResult).reason}`);

  // Exactly one application per draft: the draft's own row, submitted, with one submission event.
  const check = await asOwner(ctx, async (c) => {
    const ids = batch.map((d) => d.id);
    const applicants = batch.map((d) => d.applicantId);
    const apps = await c.query<{ n: string; submitted: string; refs: string }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE status = 'submitted' AND reference IS NOT NULL) AS submitted,
              count(DISTINCT reference) AS refs
       FROM "Application" WHERE "applicantId" = ANY($1::text[])`,
      [applicants],
    );
    const events = await c.query<{ n: string; per: string }>(
      `SELECT count(*) AS n, count(DISTINCT "applicationId") AS per FROM "ApplicationEvent"
       WHERE "applicationId" = ANY($1::text[]) AND type = 'submitted'`,
      [ids],
    );
    return {
      applications: Number(apps.rows[0]!.n),
      submitted: Number(apps.rows[0]!.submitted),
      references: Number(apps.rows[0]!.refs),
      events: Number(events.rows[0]!.n),
      withEvent: Number(events.rows[0]!.per),
    };
  });
  const exact =
    check.applications === RESIDENTS &&
    check.submitted === RESIDENTS &&
    check.references === RESIDENTS &&
    check.events === RESIDENTS &&
    check.withEvent === RESIDENTS;
  const s = spreadOf(ok.map((o) => o.ms));
  return [
    {
      what: `submission, ${RESIDENTS} residents at once (submitApplication in-process)`,
      goal: "p95 < 150 ms, 0 errors",
      figure: `${showSpread(s)}, ${errors.length} errors, all ${RESIDENTS} done in ${Math.round(wall)} ms`,
      met: s.p95 < 150 && errors.length === 0,
      note:
        s.p95 < 150
          ? undefined
          : "50 submissions at once in one Node process take about 50 × the CPU of one (validating every step, sealing, Prisma's query compiler and the pg protocol run on one thread), so the last waits for all the others: the one-at-a-time figure times 50 is about the burst's total. Errors were 0 once transactions wait 10 s for a pooled connection. What would close it: more processes per server (each instance takes its share of a burst; see the capacity model), and less CPU per submission (the step schemas are now built once per day; the next step is the submit transaction in plain SQL instead of ten compiled Prisma queries).",
    },
    {
      what: "submission, one at a time (for comparison)",
      goal: "",
      figure: showSpread(alone),
      met: null,
    },
    {
      what: "submission, exactly one application per draft afterwards",
      goal: "one application and one submission event per draft",
      figure: `${check.applications} applications (${check.submitted} submitted, ${check.references} distinct references), ${check.events} submission events for ${RESIDENTS} drafts`,
      met: exact,
    },
  ];
}

if (require.main === module) void runAlone(bench);
