// The city-scale generator: fills the portal's tables with `size.residents` residents (account and sealed profile)
// and `size.applications` submitted applications over the last 12 months, with their department parts, timeline
// events and materials' metadata (no files), the status mix of city-plan.ts, and one department (QUEUE_DEPARTMENT)
// holding a tenth of all applications open for the review-queue bench.
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
import { DECIDED_MIX, OPEN_MIX, QUEUE_DEPARTMENT, cityShares, type CitySize } from "./city-plan";

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

/** The event path to each final status: [type, from, to, who acts, days after submission, payload]. */
const PATHS: Record<string, [string, string, string, "applicant" | "lead" | "co", number, object][]> = {
  submitted: [],
  accepted: [["accept", "submitted", "accepted", "lead", 1, {}]],
  under_review: [
    ["accept", "submitted", "accepted", "lead", 1, {}],
    ["approve_part", "accepted", "under_review", "co", 3, {}],
  ],
  supplement_requested: [
    ["accept", "submitted", "accepted", "lead", 1, {}],
    ["request_supplement", "accepted", "supplement_requested", "lead", 2, {}],
  ],
  approved: [
    ["accept", "submitted", "accepted", "lead", 1, {}],
    ["approve_part", "accepted", "approved", "lead", 3, {}],
  ],
  result_issued: [
    ["accept", "submitted", "accepted", "lead", 1, {}],
    ["approve_part", "accepted", "approved", "lead", 3, {}],
    ["issue_result", "approved", "result_issued", "lead", 6, { delivery: "electronic" }],
  ],
  closed: [
    ["accept", "submitted", "accepted", "lead", 1, {}],
    ["approve_part", "accepted", "approved", "lead", 3, {}],
    ["issue_result", "approved", "result_issued", "lead", 6, { delivery: "window" }],
    ["close", "result_issued", "closed", "lead", 8, {}],
  ],
  refused: [
    ["accept", "submitted", "accepted", "lead", 1, {}],
    ["refuse", "accepted", "refused", "lead", 4, { reason: "not-eligible", legalBasis: 0 }],
  ],
  not_accepted: [["refuse_intake", "submitted", "not_accepted", "lead", 1, { reason: "incomplete" }]],
  withdrawn: [["withdraw", "submitted", "withdrawn", "applicant", 1, { confirm: "yes" }]],
};

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
    co_dept text)`);
  await c.query(`CREATE TEMP TABLE city_path (status text, step int, type text, from_s text, to_s text, who text,
    days int, payload jsonb)`);

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
    await c.query(`INSERT INTO city_service VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13)`, [
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
    ]);
  }
  const pick = (slugs: string[]) =>
    slugs.flatMap((slug) => Array(WEIGHTS[slug] ?? 1).fill(items.find((x) => x.s.slug === slug)!.ix) as number[]);
  const allSlugs = items.map((x) => x.s.slug);
  const pickQueue = pick(allSlugs.filter(inQueue));
  const pickElsewhere = pick(allSlugs.filter((s) => !inQueue(s)));
  const pickAll = pick(allSlugs);
  if (!pickQueue.length || !pickElsewhere.length) throw new Error(`no item on either side of ${QUEUE_DEPARTMENT}`);

  for (const [status, path] of Object.entries(PATHS)) {
    const steps = [["submitted", "draft", "submitted", "applicant", 0, {}] as const, ...path];
    for (const [n, [type, from, to, who, days, payload]] of steps.entries())
      await c.query(`INSERT INTO city_path VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`, [
        status,
        n,
        type,
        from,
        to,
        who,
        days,
        JSON.stringify(payload),
      ]);
  }

  // --- applications, 100,000 per round ---------------------------------------------------------------------------
  const ROUND = 100_000;
  const nowIso = now.toISOString();
  for (let lo = 1; lo <= size.applications; lo += ROUND) {
    const hi = Math.min(lo + ROUND - 1, size.applications);
    await c.query("BEGIN");
    // One row per application with everything the inserts below derive from it.
    await c.query(
      `CREATE TEMP TABLE city_chunk ON COMMIT DROP AS
       WITH base AS (
         SELECT ch.i,
                CASE WHEN ch.i <= $3 THEN 'q' WHEN ch.i <= $3 + $4 THEN 'o' ELSE 'd' END AS kind,
                ${h(48271)} AS h1, ${h(16807)} AS h2, ${h(69621)} AS h3, ${h(39373)} AS h4,
                1 + ((ch.i::bigint * 7919) % $5) AS k
         FROM generate_series($1::int, $2::int) AS ch(i)
       )
       SELECT b.i, b.k, b.kind, b.h4,
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
    await c.query(
      `INSERT INTO "Application" (id, reference, "serviceCode", "serviceSlug", "applicantId", "enteredById", channel,
         "applicantName", "applicantIdTail", status, answers, "lastStepId", "submittedAt", "promisedBy", "legalBy",
         "acceptBy", "pausedOn", version, "createdAt", "updatedAt")
       SELECT ch.id,
              'YN' || to_char(ch.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || ${refLettersSql("ch.rx")},
              s.code, s.slug, r.id,
              CASE WHEN ch.h4 % 100 BETWEEN 80 AND 94 THEN $1 ELSE r.id END,
              (CASE WHEN ch.h4 % 100 < 80 THEN 'online' WHEN ch.h4 % 100 < 95 THEN 'window' ELSE 'terminal' END)::"Channel",
              r.name, r.tail, ch.status::"ApplicationStatus", s.answers, 'declaration', ch.submitted_at,
              to_char((ch.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 20, 'YYYY-MM-DD'),
              to_char((ch.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 30, 'YYYY-MM-DD'),
              to_char((ch.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 7, 'YYYY-MM-DD'),
              CASE WHEN ch.status = 'supplement_requested'
                   THEN to_char((ch.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 2, 'YYYY-MM-DD') END,
              (SELECT count(*) FROM city_path p WHERE p.status = ch.status)::int,
              ch.submitted_at - interval '20 minutes',
              LEAST($2::timestamptz, ch.submitted_at + make_interval(days =>
                (SELECT max(days) FROM city_path p WHERE p.status = ch.status)))
       FROM city_chunk ch JOIN city_service s ON s.ix = ch.ix JOIN city_resident r ON r.k = ch.k`,
      [clerk.id, nowIso],
    );
    // The lead department's part, and the co-department's where the item has one (created at submission).
    await c.query(
      `INSERT INTO "ApplicationPart" (id, "applicationId", "departmentId", status, "decidedAt", "decidedById")
       SELECT 'cp' || substr(md5(ch.id || d.dept), 1, 23), ch.id, d.dept,
              d.st::"PartStatus",
              CASE WHEN d.st <> 'pending' THEN LEAST($1::timestamptz, ch.submitted_at + interval '3 days') END,
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
    await c.query(
      `INSERT INTO "ApplicationEvent" ("applicationId", at, type, "fromStatus", "toStatus", "actorId", "actorRole",
         "departmentId", payload)
       SELECT ch.id, LEAST($1::timestamptz, ch.submitted_at + make_interval(days => p.days, mins => p.step)),
              p.type, p.from_s::"ApplicationStatus", p.to_s::"ApplicationStatus",
              CASE p.who WHEN 'lead' THEN s.lead_actor WHEN 'co' THEN s.co_actor ELSE a."enteredById" END,
              (CASE p.who WHEN 'lead' THEN s.lead_role WHEN 'co' THEN s.co_role
                          ELSE CASE WHEN a.channel = 'window' AND p.type = 'submitted' THEN 'clerk' ELSE 'resident' END
               END)::"Role",
              CASE p.who WHEN 'lead' THEN s.lead_dept WHEN 'co' THEN s.co_dept END,
              CASE p.type WHEN 'submitted' THEN jsonb_build_object('pending', '[]'::jsonb, 'reference', a.reference)
                          WHEN 'request_supplement' THEN jsonb_build_object('materials',
                            CASE WHEN s.material IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(s.material) END)
                          ELSE p.payload END
       FROM city_chunk ch JOIN city_service s ON s.ix = ch.ix JOIN "Application" a ON a.id = ch.id
       JOIN city_path p ON p.status = ch.status
       ORDER BY ch.i, p.step`,
      [nowIso],
    );
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

  log(`analysing the tables (${elapsed()} s)`);
  for (const t of ["User", "Profile", "Application", "ApplicationPart", "ApplicationEvent", "Upload"])
    await c.query(`ANALYZE "${t}"`);
  const seconds = (performance.now() - started) / 1000;
  log(`city generated in ${seconds.toFixed(1)} s`);
  return { seconds, residents: size.residents, applications: size.applications };
}
