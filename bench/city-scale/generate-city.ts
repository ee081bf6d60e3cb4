// The city-scale generator: fills the portal's tables with `size.residents` residents (account and sealed profile)
// and `size.applications` submitted applications over the last 12 months, with their department parts, timeline
// events and materials' metadata (no files), the status mix of city-plan.ts, and one department (QUEUE_DEPARTMENT)
// holding a tenth of all applications open for the review-queue bench; and for the dashboard (issue 20) the
// decision columns, supplement requests, working-day deadlines, evaluations in the four channels, window visits and
// rectification cases (evaluateChunk, EVALUATION_PLAN), spread by the same item profiles as the demo history
// (prisma/seed-history-data.ts).
//
// How it is fast: residents are made in Node (ID numbers with their check digit, each sealed and hashed with the real
// keys: AES-GCM and HMAC cost microseconds) and sent 20,000 rows per statement as arrays (`unnest`); applications,
// parts, events and uploads are made by PostgreSQL itself (`INSERT … SELECT … FROM generate_series`), 100,000
// applications per round, every column derived from the application's number i:
// - ids, storage keys and hashes from md5(i), so they are distinct and spread like random ids;
// - the reference's 8 letters are i × M mod 31^8 written in the reference alphabet: a bijection, so every reference
//   is distinct and matches REFERENCE_PATTERN, and neighbouring i give unrelated references;
// - the applicant, service, status, channel and time from multiplicative hashes of i.
// The answers JSON is sealed once per service item (the demo answers of that item with a template applicant; nobody
// queries inside answers), which the brief of issue 23 allows; everything looked up (the profile's idNumberHash, the
// application's reference and applicantIdTail) is distinct per row and true to the applicant.
//
// Runs as the owner (bench database) or as portal_app (the integration test): it only inserts, and uses temporary
// tables for its working lists.
import { createHash } from "node:crypto";
import type pg from "pg";
import { getService, services } from "@/lib/services";
import { sealAnswers } from "@/lib/applications/sealed-answers";
import { sealProfileData } from "@/lib/profile/sealed-fields";
import { idCheckDigit } from "@/lib/validators/id-number";
import { demoApplications } from "@/prisma/seed-applications-data";
import { ITEM_PROFILES, RESPONSES } from "@/prisma/seed-history-data";
import { isWorkingDay } from "@/lib/calendar/working-days";
import { shanghaiDateOf } from "@/lib/calendar/shanghai-date";
import { INTAKE_DAYS } from "@/lib/applications/transition/deadlines";
import { DECIDED_MIX, EVALUATION_PLAN, OPEN_MIX, QUEUE_DEPARTMENT, cityShares, type CitySize } from "./city-plan";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // lib/applications/submit/reference-number.ts
const REF_SPACE = 31n ** 8n;
/** Coprime with 31: i ↦ i × M mod 31^8 is a bijection. */
const REF_MULTIPLIER = 396_437_297n;

/** How many applications per item, relative (the hall's experience: social security and insurance lead). */
const WEIGHTS: Record<string, number> = {
  "social-security-card": 20,
  "resident-medical-insurance": 18,
  "resident-pension-insurance": 10,
  "residence-permit": 10,
  "elderly-allowance": 8,
  "employment-registration-card": 8,
  "unemployment-insurance-benefit": 6,
  "birth-registration-family-planning": 5,
  "newborn-household-registration": 5,
  "individual-business-registration": 4,
  "disability-subsidies": 2,
  "minimum-living-allowance": 2,
  "temporary-assistance": 2,
};

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "徐", "孙", "胡", "朱", "高"];
const GIVEN = ["建国", "丽", "芳", "伟", "静", "磊", "敏", "军", "洋", "霞", "杰", "娟", "强", "艳", "勇", "红"];
const UYGHUR = [
  "阿迪力·买买提",
  "古丽娜·热合曼",
  "艾尔肯·吐尔逊",
  "阿依努尔·艾买提",
  "买合木提·阿不都",
  "热依拉·库尔班",
];
const REGIONS = ["654002", "654003", "654004", "654021", "654022", "654023", "654024"];
const BIRTH_DAYS = 24_000; // about 65 years of birth dates, from 1940

/** Resident number k (1-based): name, mobile, ID number; distinct for every k below 24,000 × 1,000. */
export function residentFacts(k: number) {
  const birthIndex = k % BIRTH_DAYS;
  const q = Math.floor(k / BIRTH_DAYS);
  // For one birth date, q = 0, 1, 2… give distinct sequence numbers (97 is coprime with 1000).
  const seq = (q * 97 + birthIndex * 7) % 1000;
  const birth = new Date(Date.UTC(1940, 0, 1) + birthIndex * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
  const first17 = `${REGIONS[k % REGIONS.length]}${birth}${String(seq).padStart(3, "0")}`;
  const idNumber = first17 + idCheckDigit(first17);
  const name =
    k % 5 === 0
      ? UYGHUR[k % UYGHUR.length]!
      : `${SURNAMES[k % SURNAMES.length]}${GIVEN[Math.floor(k / SURNAMES.length) % GIVEN.length]}`;
  return { idNumber, name, mobile: `15${String(k).padStart(9, "0")}` };
}

const md5 = (s: string) => createHash("md5").update(s).digest("hex");
/** A cuid-shaped id (25 characters, starting with c) that no Prisma default would make. */
const benchId = (kind: string, n: number) => `c${kind}${md5(`${kind}:${n}`).slice(0, 23)}`;

/** The 8 reference letters of x (0 ≤ x < 31^8) in SQL, most significant first. */
function refLettersSql(x: string): string {
  return Array.from({ length: 8 }, (_, j) => {
    const div = (31n ** BigInt(7 - j)).toString();
    return `substr('${ALPHABET}', 1 + ((${x} / ${div}) % 31)::int, 1)`;
  }).join(" || ");
}

/** A CASE choosing a status from a mix by a percentile expression. */
function mixSql(mix: [string, number][], pct: string): string {
  let acc = 0;
  const arms = mix.map(([status, share]) => {
    acc += share;
    return `WHEN ${pct} < ${acc} THEN '${status}'`;
  });
  return `CASE ${arms.join(" ")} ELSE '${mix.at(-1)![0]}' END`;
}

/** A pseudo-random 0…2^31-1 from i (Knuth's multiplicative hash with a different odd factor per draw). */
const h = (factor: number) => `((ch.i::bigint * ${factor}) % 2147483647)`;

/** One step of an event path: [type, from, to, who acts, anchor, days, minutes, payload]. The anchor is the
 * submission ("s") or the decision ("d"): steps before the decision are kept before it, steps after it follow it. */
type PathStep = [string, string, string, "applicant" | "lead" | "co", "s" | "d", number, number, object];

/** The event path to each final status (without a supplement request). */
const PATHS: Record<string, PathStep[]> = {
  submitted: [],
  accepted: [["accept", "submitted", "accepted", "lead", "s", 1, 0, {}]],
  under_review: [
    ["accept", "submitted", "accepted", "lead", "s", 1, 0, {}],
    ["approve_part", "accepted", "under_review", "co", "s", 3, 0, {}],
  ],
  supplement_requested: [
    ["accept", "submitted", "accepted", "lead", "s", 1, 0, {}],
    ["request_supplement", "accepted", "supplement_requested", "lead", "s", 2, 0, {}],
  ],
  approved: [
    ["accept", "submitted", "accepted", "lead", "s", 1, 0, {}],
    ["approve_part", "accepted", "approved", "lead", "d", 0, 0, {}],
  ],
  result_issued: [
    ["accept", "submitted", "accepted", "lead", "s", 1, 0, {}],
    ["approve_part", "accepted", "approved", "lead", "d", 0, 0, {}],
    ["issue_result", "approved", "result_issued", "lead", "d", 1, 0, { delivery: "electronic" }],
  ],
  closed: [
    ["accept", "submitted", "accepted", "lead", "s", 1, 0, {}],
    ["approve_part", "accepted", "approved", "lead", "d", 0, 0, {}],
    ["issue_result", "approved", "result_issued", "lead", "d", 1, 0, { delivery: "window" }],
    ["close", "result_issued", "closed", "lead", "d", 3, 0, {}],
  ],
  refused: [
    ["accept", "submitted", "accepted", "lead", "s", 1, 0, {}],
    ["refuse", "accepted", "refused", "lead", "d", 0, 0, { reason: "not-eligible", legalBasis: 0 }],
  ],
  not_accepted: [["refuse_intake", "submitted", "not_accepted", "lead", "d", 0, 0, { reason: "not-in-scope" }]],
  withdrawn: [["withdraw", "submitted", "withdrawn", "applicant", "s", 1, 0, { confirm: "yes" }]],
};

/** Decided statuses whose applications were asked for a supplement (once) after intake, and resubmitted two hours
 * before the decision (the deadlines moved by the pause, as deadlines.ts moves them). */
const SUPPLEMENTED = ["closed", "result_issued", "refused"];
const SUPPLEMENT_STEPS: PathStep[] = [
  ["request_supplement", "accepted", "supplement_requested", "lead", "s", 1, 30, {}],
  ["resubmit", "supplement_requested", "accepted", "applicant", "d", 0, -120, {}],
];

export type CityResult = { seconds: number; residents: number; applications: number };

export async function generateCity(
  c: pg.ClientBase,
  size: CitySize,
  log: (message: string) => void,
  now = new Date(),
): Promise<CityResult> {
  const started = performance.now();
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
  const { openQueue, openElsewhere } = cityShares(size.applications);
  await c.query("SET synchronous_commit = off");
  // timestamptz values go into the timestamp(3) columns as UTC, which is how Prisma reads them.
  await c.query("SET TIME ZONE 'UTC'");

  // Who acts for each department in the timeline: a reviewer of it, else the service centre's window clerk.
  const staff = await c.query<{ id: string; role: string; departmentId: string | null }>(
    `SELECT id, role::text AS role, "departmentId" FROM "User" WHERE role IN ('reviewer', 'clerk') ORDER BY "staffId" LIMIT 200`,
  );
  const clerk = staff.rows.find((s) => s.role === "clerk");
  if (!clerk) throw new Error("the demo staff are missing: seed the database first (prisma/seed.ts)");
  const actorOf = (dept: string) =>
    staff.rows.find((s) => s.role === "reviewer" && s.departmentId === dept) ?? {
      ...clerk,
      departmentId: clerk.departmentId ?? "service-center",
    };

  // Working lists (temporary: gone with the session).
  await c.query(`CREATE TEMP TABLE city_resident (k int PRIMARY KEY, id text NOT NULL, tail text NOT NULL,
    name text NOT NULL) ON COMMIT PRESERVE ROWS`);
  await c.query(`CREATE TEMP TABLE city_service (ix int PRIMARY KEY, code text, slug text, lead text, co text,
    answers jsonb, material text, lead_actor text, lead_role text, lead_dept text, co_actor text, co_role text,
    co_dept text, promised int, legal int, sup_pm int, late_pm int, past_pm int, complaint text)`);
  await c.query(`CREATE TEMP TABLE city_path (status text, sup boolean, step int, type text, from_s text, to_s text,
    who text, anchor text, days int, mins int, payload jsonb)`);
  // The official calendar (lib/calendar/working-days.ts) as two tables: each date with the number of working days
  // up to it (cum), and the n-th working day. addWorkingDays(d, n) is workday(cum(d) + n); workingDaysBetween(a, b)
  // is cum(b) - cum(a).
  let yesterdayCum = 0;
  const today = shanghaiDateOf(now);
  await c.query(`CREATE TEMP TABLE city_day (d date PRIMARY KEY, cum int NOT NULL) ON COMMIT PRESERVE ROWS`);
  await c.query(`CREATE TEMP TABLE city_workday (n int PRIMARY KEY, d date NOT NULL) ON COMMIT PRESERVE ROWS`);
  {
    const days: string[] = [];
    const cums: number[] = [];
    const workdays: string[] = [];
    const from = Date.parse(`${shanghaiDateOf(new Date(now.getTime() - 400 * 86_400_000))}T00:00:00Z`);
    const yesterday = shanghaiDateOf(new Date(now.getTime() - 86_400_000));
    let cum = 0;
    for (let t = from; t <= from + 480 * 86_400_000; t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10);
      if (isWorkingDay(d)) {
        workdays.push(d);
        cum++;
      }
      days.push(d);
      cums.push(cum);
      if (d === yesterday) yesterdayCum = cum;
    }
    await c.query(`INSERT INTO city_day SELECT * FROM unnest($1::date[], $2::int[])`, [days, cums]);
    await c.query(`INSERT INTO city_workday SELECT n, d FROM unnest($1::date[]) WITH ORDINALITY AS t(d, n)`, [
      workdays,
    ]);
  }

  // --- residents -------------------------------------------------------------------------------------------------
  const BATCH = 20_000;
  for (let from = 1; from <= size.residents; from += BATCH) {
    const ks = Array.from({ length: Math.min(BATCH, size.residents - from + 1) }, (_, j) => from + j);
    const cols = {
      id: [] as string[],
      mobile: [] as string[],
      name: [] as string[],
      sealedId: [] as string[],
      idHash: [] as string[],
      tail: [] as string[],
      created: [] as string[],
    };
    for (const k of ks) {
      const f = residentFacts(k);
      const sealed = sealProfileData({ idNumber: f.idNumber });
      cols.id.push(benchId("r", k));
      cols.mobile.push(f.mobile);
      cols.name.push(f.name);
      cols.sealedId.push(sealed.idNumber!);
      cols.idHash.push(sealed.idNumberHash!);
      cols.tail.push(f.idNumber.slice(-6));
      // Accounts opened over the last two years.
      cols.created.push(new Date(now.getTime() - ((k * 7919) % 730) * 86_400_000 - 3_600_000).toISOString());
    }
    await c.query(
      `INSERT INTO "User" (id, role, mobile, "nameZh", assurance, "createdAt", "updatedAt")
       SELECT id, 'resident', mobile, name, 'registry', created::timestamptz, created::timestamptz
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, mobile, name, created)`,
      [cols.id, cols.mobile, cols.name, cols.created],
    );
    await c.query(
      `INSERT INTO "Profile" ("userId", "fullName", "idNumber", "idNumberHash", mobile, address, "updatedAt")
       SELECT id, name, sealed, hash, mobile,
              '{"county":"654002","township":"654002003","community":"654002003001","detail":"解放西路66号"}'::jsonb,
              created::timestamptz
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         AS t(id, name, sealed, hash, mobile, created)`,
      [cols.id, cols.name, cols.sealedId, cols.idHash, cols.mobile, cols.created],
    );
    await c.query(
      `INSERT INTO city_resident (k, id, tail, name) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])`,
      [ks, cols.id, cols.tail, cols.name],
    );
    log(
      `residents ${Math.min(from + BATCH - 1, size.residents).toLocaleString("en")} / ${size.residents.toLocaleString("en")} (${elapsed()} s)`,
    );
  }

  // --- the catalogue as the generator sees it ----------------------------------------------------------------------
  const items = services.map((s, ix) => ({ s, ix: ix + 1 }));
  const inQueue = (slug: string) => {
    const s = getService(slug)!;
    return s.department === QUEUE_DEPARTMENT || (s.coDepartments ?? []).includes(QUEUE_DEPARTMENT);
  };
  for (const { s, ix } of items) {
    const demo = demoApplications.find((d) => d.slug === s.slug);
    const template = residentFacts(1);
    const answers = {
      ...(demo?.answers ?? {}),
      applicantName: template.name,
      applicantIdNumber: template.idNumber,
      applicantMobile: template.mobile,
    };
    const material = s.steps.flatMap((st) => st.fields).find((f) => f.kind === "file")?.name ?? null;
    const co = s.coDepartments?.[0] ?? null;
    const lead = actorOf(s.department);
    const coActor = actorOf(co ?? s.department);
    const profile = ITEM_PROFILES[s.slug];
    await c.query(
      `INSERT INTO city_service VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
         $17, $18, $19)`,
      [
        ix,
        s.code,
        s.slug,
        s.department,
        co,
        JSON.stringify(sealAnswers(answers)),
        material,
        lead.id,
        lead.role,
        lead.role === "reviewer" ? s.department : lead.departmentId,
        coActor.id,
        coActor.role,
        coActor.role === "reviewer" ? (co ?? s.department) : coActor.departmentId,
        s.promisedDays,
        s.legalDays,
        Math.round((profile?.supplement ?? 0.1) * 1000),
        Math.round((profile?.late ?? 0.1) * 1000),
        Math.round((profile?.pastLegal ?? 0.1) * 1000),
        profile?.complaint ?? null,
      ],
    );
  }
  const pick = (slugs: string[]) =>
    slugs.flatMap((slug) => Array(WEIGHTS[slug] ?? 1).fill(items.find((x) => x.s.slug === slug)!.ix) as number[]);
  const allSlugs = items.map((x) => x.s.slug);
  const pickQueue = pick(allSlugs.filter(inQueue));
  const pickElsewhere = pick(allSlugs.filter((s) => !inQueue(s)));
  const pickAll = pick(allSlugs);
  if (!pickQueue.length || !pickElsewhere.length) throw new Error(`no item on either side of ${QUEUE_DEPARTMENT}`);

  for (const [status, path] of Object.entries(PATHS)) {
    const submit: PathStep = ["submitted", "draft", "submitted", "applicant", "s", 0, 0, {}];
    const variants: [boolean, PathStep[]][] = [[false, [submit, ...path]]];
    if (SUPPLEMENTED.includes(status)) variants.push([true, [submit, path[0]!, ...SUPPLEMENT_STEPS, ...path.slice(1)]]);
    for (const [sup, steps] of variants)
      for (const [n, [type, from, to, who, anchor, days, mins, payload]] of steps.entries())
        await c.query(`INSERT INTO city_path VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)`, [
          status,
          sup,
          n,
          type,
          from,
          to,
          who,
          anchor,
          days,
          mins,
          JSON.stringify(payload),
        ]);
  }

  // --- applications, 100,000 per round ---------------------------------------------------------------------------
  const ROUND = 100_000;
  let evaluationSeconds = 0;
  const nowIso = now.toISOString();
  for (let lo = 1; lo <= size.applications; lo += ROUND) {
    const hi = Math.min(lo + ROUND - 1, size.applications);
    await c.query("BEGIN");
    // One row per application with everything the inserts below derive from it.
    await c.query(
      `CREATE TEMP TABLE city_base ON COMMIT DROP AS
       WITH base AS (
         SELECT ch.i,
                CASE WHEN ch.i <= $3 THEN 'q' WHEN ch.i <= $3 + $4 THEN 'o' ELSE 'd' END AS kind,
                ${h(48271)} AS h1, ${h(16807)} AS h2, ${h(69621)} AS h3, ${h(39373)} AS h4,
                ${h(40692)} AS h5, ${h(40014)} AS h6, ${h(53668)} AS h7, ${h(12211)} AS h8, ${h(3791)} AS h9,
                1 + ((ch.i::bigint * 7919) % $5) AS k
         FROM generate_series($1::int, $2::int) AS ch(i)
       )
       SELECT b.i, b.k, b.kind, b.h4, b.h5, b.h6, b.h7, b.h8, b.h9,
              'ca' || substr(md5('a:' || b.i), 1, 23) AS id,
              CASE b.kind WHEN 'q' THEN ($6::int[])[1 + b.h1 % cardinality($6::int[])]
                          WHEN 'o' THEN ($7::int[])[1 + b.h1 % cardinality($7::int[])]
                          ELSE ($8::int[])[1 + b.h1 % cardinality($8::int[])] END AS ix,
              CASE WHEN b.kind = 'd' THEN ${mixSql(DECIDED_MIX, "b.h2 % 100")}
                   ELSE ${mixSql(OPEN_MIX, "b.h2 % 100")} END AS status,
              -- open: the last 30 days; decided: the 11 months before
              date_trunc('second', $9::timestamptz - make_interval(secs => CASE WHEN b.kind = 'd'
                THEN 30 * 86400 + b.h3 % (335 * 86400) ELSE 600 + b.h3 % (30 * 86400) END)) AS submitted_at,
              (b.i::bigint * ${REF_MULTIPLIER}) % ${REF_SPACE} AS rx
       FROM base b`,
      [lo, hi, openQueue, openElsewhere, size.residents, pickQueue, pickElsewhere, pickAll, nowIso],
    );
    // The decision (issue 20), as write-transition.ts records it: a decided application was asked for a supplement
    // (item's share; the pause moves the deadlines), decided within the promised working days, late, or past the
    // legal limit (item's shares), never today or later; decisionWorkingDays counts from the submission date.
    await c.query(
      `CREATE TEMP TABLE city_chunk ON COMMIT DROP AS
       SELECT ch.*, sd.cum AS sub_cum, f.sup, f.late, f.past, f.pause, dc.decided_on, dc.decided_at,
              (SELECT d FROM city_workday WHERE n = sd.cum + s.promised + f.pause) AS promised_by,
              (SELECT d FROM city_workday WHERE n = sd.cum + s.legal + f.pause) AS legal_by,
              (SELECT d FROM city_workday WHERE n = sd.cum + ${INTAKE_DAYS}) AS accept_by,
              (SELECT cum FROM city_day WHERE d = dc.decided_on) - sd.cum AS decision_days
       FROM city_base ch
       JOIN city_service s ON s.ix = ch.ix
       JOIN city_day sd ON sd.d = (ch.submitted_at AT TIME ZONE 'Asia/Shanghai')::date
       CROSS JOIN LATERAL (SELECT
         ch.kind = 'd' AND ch.status IN ('closed', 'result_issued', 'refused') AND ch.h5 % 1000 < s.sup_pm AS sup,
         ch.h6 % 1000 < s.late_pm AS late,
         ch.h6 % 1000 < s.late_pm AND (ch.h6 / 1000) % 1000 < s.past_pm AS past,
         CASE WHEN ch.kind = 'd' AND ch.status IN ('closed', 'result_issued', 'refused') AND ch.h5 % 1000 < s.sup_pm
              THEN 1 + (ch.h5 / 1000) % 7 ELSE 0 END AS pause) f
       CROSS JOIN LATERAL (SELECT CASE
         WHEN ch.status = 'not_accepted' THEN 1 + ch.h7 % 3
         WHEN f.past THEN s.legal + 1 + ch.h7 % 6
         WHEN f.late AND s.legal > s.promised THEN s.promised + 1 + ch.h7 % (s.legal - s.promised)
         ELSE 1 + ch.h7 % s.promised END + f.pause AS want) w
       CROSS JOIN LATERAL (SELECT CASE
         WHEN ch.kind = 'd' AND ch.status <> 'withdrawn'
           THEN (SELECT d FROM city_workday WHERE n = sd.cum + GREATEST(1, LEAST(w.want, $2::int - sd.cum)))
         WHEN ch.status = 'approved'
           THEN (LEAST($1::timestamptz - interval '1 minute', ch.submitted_at + interval '3 days')
                 AT TIME ZONE 'Asia/Shanghai')::date END AS day) dd
       CROSS JOIN LATERAL (SELECT dd.day AS decided_on, CASE
         WHEN ch.kind = 'd' AND dd.day IS NOT NULL
           THEN ((dd.day + time '15:00') + make_interval(secs => ch.h8 % 7200)) AT TIME ZONE 'Asia/Shanghai'
         WHEN dd.day IS NOT NULL THEN LEAST($1::timestamptz - interval '1 minute', ch.submitted_at + interval '3 days')
         END AS decided_at) dc`,
      [nowIso, yesterdayCum],
    );
    await c.query(
      `INSERT INTO "Application" (id, reference, "serviceCode", "serviceSlug", "applicantId", "enteredById", channel,
         "applicantName", "applicantIdTail", status, answers, "lastStepId", "submittedAt", "promisedBy", "legalBy",
         "acceptBy", "pausedOn", version, "decidedAt", "decidedOn", "decisionWorkingDays", "supplementRequests",
         "createdAt", "updatedAt")
       SELECT ch.id,
              'YN' || to_char(ch.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || ${refLettersSql("ch.rx")},
              s.code, s.slug, r.id,
              CASE WHEN ch.h4 % 100 BETWEEN 55 AND 89 THEN $1 ELSE r.id END,
              (CASE WHEN ch.h4 % 100 < 55 THEN 'online' WHEN ch.h4 % 100 < 90 THEN 'window' ELSE 'terminal' END)::"Channel",
              r.name, r.tail, ch.status::"ApplicationStatus", s.answers, 'declaration', ch.submitted_at,
              to_char(ch.promised_by, 'YYYY-MM-DD'), to_char(ch.legal_by, 'YYYY-MM-DD'),
              to_char(ch.accept_by, 'YYYY-MM-DD'),
              CASE WHEN ch.status = 'supplement_requested'
                   THEN to_char((ch.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 2, 'YYYY-MM-DD') END,
              (SELECT count(*) FROM city_path p WHERE p.status = ch.status AND p.sup = ch.sup)::int,
              ch.decided_at, to_char(ch.decided_on, 'YYYY-MM-DD'), ch.decision_days,
              CASE WHEN ch.sup OR ch.status = 'supplement_requested' THEN 1 ELSE 0 END,
              ch.submitted_at - interval '20 minutes',
              LEAST($2::timestamptz, COALESCE(ch.decided_at + interval '3 days', ch.submitted_at + make_interval(days =>
                (SELECT max(days) FROM city_path p WHERE p.status = ch.status))))
       FROM city_chunk ch JOIN city_service s ON s.ix = ch.ix JOIN city_resident r ON r.k = ch.k`,
      [clerk.id, nowIso],
    );
    // The lead department's part, and the co-department's where the item has one (created at submission).
    await c.query(
      `INSERT INTO "ApplicationPart" (id, "applicationId", "departmentId", status, "decidedAt", "decidedById")
       SELECT 'cp' || substr(md5(ch.id || d.dept), 1, 23), ch.id, d.dept,
              d.st::"PartStatus",
              CASE WHEN d.st <> 'pending'
                   THEN COALESCE(ch.decided_at, LEAST($1::timestamptz, ch.submitted_at + interval '3 days')) END,
              CASE WHEN d.st <> 'pending' THEN d.actor END
       FROM city_chunk ch JOIN city_service s ON s.ix = ch.ix
       CROSS JOIN LATERAL (VALUES
         (s.lead, CASE WHEN ch.status IN ('approved', 'result_issued', 'closed') THEN 'approved'
                       WHEN ch.status = 'refused' THEN 'refused' ELSE 'pending' END, s.lead_actor),
         (s.co, CASE WHEN ch.status IN ('approved', 'result_issued', 'closed', 'under_review') THEN 'approved'
                     ELSE 'pending' END, s.co_actor)
       ) AS d(dept, st, actor)
       WHERE d.dept IS NOT NULL`,
      [nowIso],
    );
    // Steps before the decision stay before it (the later a step, the closer); steps after it follow it.
    await c.query(
      `INSERT INTO "ApplicationEvent" ("applicationId", at, type, "fromStatus", "toStatus", "actorId", "actorRole",
         "departmentId", payload)
       SELECT ch.id,
              LEAST($1::timestamptz, CASE p.anchor
                WHEN 'd' THEN ch.decided_at + make_interval(days => p.days, mins => p.mins)
                ELSE LEAST(ch.submitted_at + make_interval(days => p.days, mins => p.step + p.mins),
                           COALESCE(ch.decided_at - make_interval(mins => 240 - 10 * p.step), 'infinity'))
              END),
              p.type, p.from_s::"ApplicationStatus", p.to_s::"ApplicationStatus",
              CASE p.who WHEN 'lead' THEN s.lead_actor WHEN 'co' THEN s.co_actor ELSE a."enteredById" END,
              (CASE p.who WHEN 'lead' THEN s.lead_role WHEN 'co' THEN s.co_role
                          ELSE CASE WHEN a.channel = 'window' AND p.type IN ('submitted', 'resubmit') THEN 'clerk'
                                    ELSE 'resident' END
               END)::"Role",
              CASE p.who WHEN 'lead' THEN s.lead_dept WHEN 'co' THEN s.co_dept
                         ELSE CASE WHEN a.channel = 'window' AND p.type IN ('submitted', 'resubmit')
                                   THEN $2 END END,
              CASE p.type WHEN 'submitted' THEN jsonb_build_object('pending', '[]'::jsonb, 'reference', a.reference)
                          WHEN 'request_supplement' THEN jsonb_build_object('materials',
                            CASE WHEN s.material IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(s.material) END)
                          ELSE p.payload END
       FROM city_chunk ch JOIN city_service s ON s.ix = ch.ix JOIN "Application" a ON a.id = ch.id
       JOIN city_path p ON p.status = ch.status AND p.sup = ch.sup
       ORDER BY ch.i, p.step`,
      [nowIso, clerk.departmentId ?? "service-center"],
    );
    const evaluating = performance.now();
    await evaluateChunk(c, { now: nowIso, today, clerk: { id: clerk.id, departmentId: clerk.departmentId } });
    evaluationSeconds += (performance.now() - evaluating) / 1000;
    // Materials' metadata: one scanned file per application of an item that asks for one (no bytes stored).
    await c.query(
      `INSERT INTO "Upload" (id, "ownerId", "applicationId", "fieldName", "storageKey", "originalName", mime, size,
         sha256, "createdAt")
       SELECT 'cu' || substr(md5('u:' || ch.i), 1, 23), r.id, ch.id, s.material,
              'bench/' || ch.id || '/' || s.material, s.material || '.jpg', 'image/jpeg',
              150000 + ch.h4 % 900000, md5('u:' || ch.i) || md5('v:' || ch.i), ch.submitted_at - interval '10 minutes'
       FROM city_chunk ch JOIN city_service s ON s.ix = ch.ix JOIN city_resident r ON r.k = ch.k
       WHERE s.material IS NOT NULL`,
    );
    await c.query("COMMIT");
    const rate = Math.round(hi / ((performance.now() - started) / 1000));
    log(
      `applications ${hi.toLocaleString("en")} / ${size.applications.toLocaleString("en")} (${elapsed()} s, ~${rate.toLocaleString("en")}/s overall)`,
    );
  }

  log(
    `analysing the tables (${elapsed()} s, of which evaluations, window visits and cases ${evaluationSeconds.toFixed(1)} s)`,
  );
  for (const t of [
    "User",
    "Profile",
    "Application",
    "ApplicationPart",
    "ApplicationEvent",
    "Upload",
    "WindowSession",
    "Evaluation",
    "RectificationCase",
  ])
    await c.query(`ANALYZE "${t}"`);
  const seconds = (performance.now() - started) / 1000;
  log(`city generated in ${seconds.toFixed(1)} s`);
  return { seconds, residents: size.residents, applications: size.applications };
}

/**
 * The chunk's evaluations (issue 20): EVALUATION_PLAN.ratedPercent of decided applications rated on the result day or
 * within three days, in the channel the resident used (SMS replies from all), scored by how the service went (late,
 * past the legal limit, refused, asked for a supplement: more bad ratings, with the matching reason); a window
 * session for every window application, rated on the hall's screen at EVALUATION_PLAN.visitRatedPercent; a
 * rectification case for every rating of 1 or 2 (most answered within the limit, some late and escalated, a few
 * never; residents confirm or dispute most answers); and the timeline's "evaluated" entry.
 */
async function evaluateChunk(
  c: pg.ClientBase,
  o: { now: string; today: string; clerk: { id: string; departmentId: string | null } },
) {
  const { ratedPercent, visitRatedPercent, rectificationWorkingDays } = EVALUATION_PLAN;
  await c.query(
    `INSERT INTO "WindowSession" (id, "clerkId", "residentId", "windowNo", "consentMethod", "consentedAt", "endedAt",
       "createdAt")
     SELECT 'cw' || substr(md5('w:' || ch.i), 1, 23), $1, a."applicantId", '3', 'sms_code',
            ch.submitted_at - interval '9 minutes', ch.submitted_at + interval '4 minutes',
            ch.submitted_at - interval '10 minutes'
     FROM city_chunk ch JOIN "Application" a ON a.id = ch.id
     WHERE ch.kind = 'd' AND a.channel = 'window'`,
    [o.clerk.id],
  );
  // One row per rating: the application's (kind 'a') or the window visit's ('v').
  await c.query(
    `CREATE TEMP TABLE city_eval ON COMMIT DROP AS
     WITH rated AS (
       SELECT ch.i, ch.id AS app, a."applicantId" AS resident, a.channel::text AS app_channel, s.lead, s.code,
              s.lead_actor, s.lead_role, s.complaint, ch.sup, ch.late, ch.past, ch.status, ch.h9, ch.h8, 'a' AS kind,
              LEAST($1::timestamptz - interval '1 minute',
                    ch.decided_at + CASE WHEN ch.status IN ('closed', 'result_issued') THEN interval '1 day'
                                         ELSE interval '0' END
                    + make_interval(mins => (30 + (ch.h9 / 100) % (3 * 24 * 60))::int)) AS created
       FROM city_chunk ch JOIN "Application" a ON a.id = ch.id JOIN city_service s ON s.ix = ch.ix
       WHERE ch.kind = 'd' AND ch.decided_at IS NOT NULL AND ch.h9 % 100 < ${ratedPercent}
       UNION ALL
       SELECT ch.i, NULL, a."applicantId", 'window', $2, s.code, NULL, NULL, NULL, false, false, false, 'visit',
              ch.h9, ch.h8, 'v', ch.submitted_at + interval '5 minutes'
       FROM city_chunk ch JOIN "Application" a ON a.id = ch.id JOIN city_service s ON s.ix = ch.ix
       WHERE ch.kind = 'd' AND a.channel = 'window' AND (ch.h9 / 7) % 100 < ${visitRatedPercent}
     ), scored AS (
       SELECT r.*,
              CASE WHEN r.kind = 'v' THEN 'window'
                   WHEN r.app_channel = 'online' THEN CASE WHEN r.h8 % 10 < 7 THEN 'online' ELSE 'sms' END
                   WHEN r.app_channel = 'window' THEN CASE WHEN r.h8 % 20 < 11 THEN 'window' ELSE 'sms' END
                   ELSE CASE WHEN r.h8 % 20 < 12 THEN 'terminal' WHEN r.h8 % 20 < 17 THEN 'sms' ELSE 'online' END
              END AS channel,
              -- per mille of bad ratings (1–2) for this story
              35 + CASE WHEN r.late THEN 140 ELSE 0 END + CASE WHEN r.past THEN 250 ELSE 0 END
                 + CASE WHEN r.status IN ('refused', 'not_accepted') THEN 200 ELSE 0 END
                 + CASE WHEN r.sup THEN 70 ELSE 0 END - CASE WHEN r.kind = 'v' THEN 15 ELSE 0 END AS bad_pm,
              (r.h8 / 10) % 1000 AS roll
       FROM rated r
     )
     SELECT 'ce' || substr(md5(x.kind || ':' || x.i), 1, 23) AS id, x.*,
            CASE WHEN x.roll < x.bad_pm THEN CASE WHEN (x.h9 / 13) % 10 < 4 THEN 1 ELSE 2 END
                 WHEN x.roll < x.bad_pm + 80 + CASE WHEN x.late OR x.sup THEN 100 ELSE 0 END THEN 3
                 WHEN x.roll < x.bad_pm + 340 THEN 4 ELSE 5 END AS score,
            CASE WHEN x.late OR x.past THEN 'slow'
                 WHEN x.sup THEN CASE WHEN x.complaint = 'unclear_guide' OR x.h9 % 10 < 4 THEN 'unclear_guide'
                                      ELSE 'same_material_twice' END
                 WHEN x.status IN ('refused', 'not_accepted') THEN 'not_solved'
                 WHEN x.complaint IS NOT NULL THEN x.complaint
                 WHEN x.channel = 'window' OR x.h9 % 2 = 0 THEN 'staff_attitude'
                 ELSE 'system_problem' END AS reason,
            (x.created AT TIME ZONE 'Asia/Shanghai')::date AS opened_on
     FROM scored x`,
    [o.now, o.clerk.departmentId ?? "service-center"],
  );
  await c.query(
    `INSERT INTO "Evaluation" (id, "residentId", "applicationId", "windowSessionId", channel, "departmentId",
       "serviceCode", "clerkId", score, reasons, "changeableUntil", "createdAt", "updatedAt")
     SELECT e.id, e.resident, e.app, CASE WHEN e.kind = 'v' THEN 'cw' || substr(md5('w:' || e.i), 1, 23) END,
            e.channel::"EvaluationChannel", e.lead, e.code, CASE WHEN e.kind = 'v' THEN $1 END, e.score,
            CASE WHEN e.score <= 2 OR (e.score = 3 AND e.h9 % 3 = 0) THEN ARRAY[e.reason] ELSE ARRAY[]::text[] END,
            e.created + interval '7 days', e.created, e.created
     FROM city_eval e`,
    [o.clerk.id],
  );
  await c.query(
    `INSERT INTO "ApplicationEvent" ("applicationId", at, type, "actorId", "actorRole", payload)
     SELECT e.app, e.created, 'evaluated',
            CASE WHEN e.channel IN ('online', 'terminal') THEN e.resident END,
            CASE WHEN e.channel IN ('online', 'terminal') THEN 'resident'::"Role" END,
            jsonb_build_object('score', e.score, 'channel', e.channel, 'reasons',
              CASE WHEN e.score <= 2 OR (e.score = 3 AND e.h9 % 3 = 0) THEN jsonb_build_array(e.reason)
                   ELSE '[]'::jsonb END)
     FROM city_eval e WHERE e.kind = 'a'`,
  );
  await c.query(
    `INSERT INTO "RectificationCase" (id, "evaluationId", "departmentId", "residentId", "applicationId", status,
       "openedOn", "dueBy", response, "respondedAt", "respondedById", "responseWorkingDays", "verdictAt",
       "escalatedAt", "createdAt")
     SELECT 'cr' || substr(e.id, 3), e.id, e.lead, e.resident, e.app,
            (CASE WHEN r.responded_at IS NULL THEN 'open'
                  WHEN r.verdict_at IS NULL THEN 'responded'
                  WHEN (e.h9 / 17) % 100 < 75 THEN 'confirmed' ELSE 'disputed' END)::"RectificationStatus",
            to_char(e.opened_on, 'YYYY-MM-DD'), to_char(r.due, 'YYYY-MM-DD'),
            CASE WHEN r.responded_at IS NOT NULL THEN $2::jsonb ->> e.reason END,
            r.responded_at,
            CASE WHEN r.responded_at IS NOT NULL AND e.lead_role = 'reviewer' THEN e.lead_actor END,
            CASE WHEN r.responded_at IS NOT NULL THEN r.lag END,
            r.verdict_at,
            CASE WHEN r.due + 1 < $3::date AND (r.responded_at IS NULL OR r.respond_on > r.due)
                 THEN ((r.due + 1) + time '02:00') AT TIME ZONE 'Asia/Shanghai' END,
            e.created
     FROM city_eval e
     JOIN city_day od ON od.d = e.opened_on
     CROSS JOIN LATERAL (SELECT
       CASE WHEN (e.h9 / 11) % 100 < 80 THEN 1 + (e.h9 / 1100) % ${rectificationWorkingDays}
            WHEN (e.h9 / 11) % 100 < 95 THEN ${rectificationWorkingDays} + 1 + (e.h9 / 1100) % 5 END AS lag) l
     CROSS JOIN LATERAL (SELECT
       (SELECT d FROM city_workday WHERE n = od.cum + ${rectificationWorkingDays}) AS due,
       (SELECT d FROM city_workday WHERE n = od.cum + l.lag) AS respond_on) w
     CROSS JOIN LATERAL (SELECT w.due, w.respond_on, l.lag,
       CASE WHEN w.respond_on < $3::date
            THEN ((w.respond_on + time '10:00') + make_interval(secs => e.h8 % 25200)) AT TIME ZONE 'Asia/Shanghai'
       END AS responded_at) r0
     CROSS JOIN LATERAL (SELECT r0.*, CASE
       WHEN r0.responded_at IS NOT NULL AND (e.h9 / 23) % 100 < 80
            AND r0.responded_at + make_interval(hours => (2 + (e.h9 / 29) % 70)::int) < $1::timestamptz
       THEN r0.responded_at + make_interval(hours => (2 + (e.h9 / 29) % 70)::int) END AS verdict_at) r
     WHERE e.score <= 2`,
    [o.now, JSON.stringify(RESPONSES), o.today],
  );
}
