// `npm run dev`: the portal on http://localhost:3000 with the embedded PostgreSQL (or DATABASE_URL) and demo data.
import { runPortal } from "./run-portal";

runPortal({ profile: "dev", nextArgs: ["dev"], port: Number(process.env.PORT ?? 3000) }).catch((e) => {
  console.error(`[portal] could not start: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
