// Signed-in residents for the load and scale-out benchmarks: accounts and sessions made in-process with the portal's
// own modules (lib/test-support/bench-residents.ts, on ctx.databaseUrl with ctx.portalEnv), then each resident's
// application started over HTTP, as a browser does: GET the item's start page, which opens a draft and redirects to
// its first step. That step page is what the load mix asks for.
import type { BenchContext } from "./bench-types";

export const STEP_SERVICE = "social-security-card"; // online, no sensitive data (no consent page), registry level

export type SignedInResident = { id: string; mobile: string; cookie: string; stepPath: string };

/** The use cases read DATABASE_URL, the data keys and the secret from process.env when first used. */
export function actAsPortal(ctx: BenchContext) {
  Object.assign(process.env, ctx.portalEnv, { DATABASE_URL: ctx.databaseUrl });
  process.env.LOG_LEVEL ??= "warn";
}

export async function signedInResidents(ctx: BenchContext, count: number, locale = "zh"): Promise<SignedInResident[]> {
  actAsPortal(ctx);
  const { createBenchResidents, openBenchSession } = await import("../../lib/test-support/bench-residents");
  const residents = await createBenchResidents(count);
  const out: SignedInResident[] = [];
  for (const r of residents) {
    const session = await openBenchSession(r);
    const cookie = `${session.name}=${session.value}; locale=${locale}`;
    const res = await fetch(`${ctx.portalUrl}/${locale}/services/${STEP_SERVICE}/apply`, {
      headers: { cookie },
      redirect: "manual",
    });
    const location = res.headers.get("location");
    await res.arrayBuffer();
    if (!location || !location.includes(`/services/${STEP_SERVICE}/apply/`))
      throw new Error(
        `starting ${STEP_SERVICE} for a bench resident answered ${res.status} → ${location ?? "nowhere"}`,
      );
    out.push({ ...r, cookie, stepPath: new URL(location, ctx.portalUrl).pathname });
  }
  return out;
}
