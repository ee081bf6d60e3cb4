// Demo data for the embedded and development databases. Never runs in production (scripts/prepare-database.ts
// skips it when NODE_ENV=production, and this file refuses as well). Idempotent: safe on every start.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { hashPassword } from "../lib/auth/password";
import {
  demoDepartments,
  demoProfiles,
  demoUsers,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  DEMO_TERMINAL_KEY,
  DEMO_TERMINAL_NAME,
  testResidents,
  testStaff,
  testClerks,
} from "./seed-data";
import { seedDemoApplications } from "./seed-applications";
import { seedHistory } from "./seed-history";
import { sealMember, sealProfileData } from "../lib/profile/sealed-fields";
import { sealField } from "../lib/security/data-keys";

async function main() {
  if (process.env.NODE_ENV === "production") {
    console.error("[seed] refusing to load demo data with NODE_ENV=production");
    process.exit(1);
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    for (const d of demoDepartments) {
      await db.department.upsert({ where: { id: d.id }, create: d, update: { nameZh: d.nameZh, nameUg: d.nameUg } });
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    let created = 0;
    const users =
      process.env.SEED_TEST_ACCOUNTS === "1"
        ? [...demoUsers, ...testResidents, ...testStaff, ...testClerks]
        : demoUsers;
    for (const u of users) {
      const where = u.mobile ? { mobile: u.mobile } : { staffId: u.staffId! };
      const existing = await db.user.findUnique({ where, select: { id: true, windowNo: true } });
      // Keep whatever the developer changed since; only a window number added to the demo data later is filled in.
      if (existing && u.windowNo && !existing.windowNo) await db.user.update({ where, data: { windowNo: u.windowNo } });
      // Demo staff created before staff needed a second factor get the demo authenticator too.
      if (existing && u.role !== "resident")
        await db.staffSecondFactor.upsert({
          where: { userId: existing.id },
          create: { userId: existing.id, secret: sealField(DEMO_TOTP_SECRET), enrolledAt: new Date() },
          update: {},
        });
      if (existing) continue;
      const user = await db.user.create({ data: { ...u, passwordHash } });
      // Staff sign in with a second factor; the demo accounts share one published authenticator secret.
      if (u.role !== "resident")
        await db.staffSecondFactor.create({
          data: { userId: user.id, secret: sealField(DEMO_TOTP_SECRET), enrolledAt: new Date() },
        });
      created++;
    }
    for (const d of demoProfiles) {
      const user = await db.user.findUnique({
        where: { mobile: d.mobile },
        select: { id: true, profile: { select: { userId: true } } },
      });
      if (!user || user.profile) continue; // never overwrite a profile the developer changed
      // ID numbers and bank cards are stored sealed, with their lookup hashes (lib/profile/sealed-fields.ts).
      await db.profile.create({ data: { userId: user.id, ...sealProfileData(d.profile) } });
      for (const field of Object.keys(d.profile)) {
        await db.profileFieldSource.create({
          data: { userId: user.id, field, source: "registry", channel: "online", verified: true },
        });
      }
      for (const m of d.household)
        await db.householdMember.create({
          data: { ownerId: user.id, ...sealMember(m), source: "registry", verified: true },
        });
    }
    // One registered hall kiosk (the hash as lib/terminal/terminal-device.ts makes it; that module is server-only).
    const keyHash = createHash("sha256").update(DEMO_TERMINAL_KEY).digest("hex");
    await db.terminalDevice.upsert({ where: { keyHash }, create: { name: DEMO_TERMINAL_NAME, keyHash }, update: {} });
    // Applications in every status for the demo residents (after their accounts and profiles exist).
    const applications = await seedDemoApplications(db);
    // A year of decided applications, ratings and cases of residents of their own, for the dashboard.
    const historyStarted = performance.now();
    const history = await seedHistory(db);
    const historySeconds = ((performance.now() - historyStarted) / 1000).toFixed(1);
    console.log(
      `[seed] demo data ready (${created} new accounts, ${applications} new demo applications, ${history} past applications in ${historySeconds} s)`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
