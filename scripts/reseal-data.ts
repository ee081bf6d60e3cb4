// `npm run keys:rotate`: seals every sensitive field still in clear and re-seals every value not under the current
// key (the first in DATA_KEYS). Run after putting a new key first in DATA_KEYS (README: key rotation); every local
// start runs it too, so a development database made before sealing existed is sealed on its next start.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { resealData } from "../lib/security/reseal-data";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const n = await resealData(db);
    console.log(
      `[keys] sealed under the current key: ${n.profiles} profiles, ${n.members} household members, ${n.applications} applications, ${n.outbox} waiting codes, ${n.authenticators} staff authenticators`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(`[keys] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
