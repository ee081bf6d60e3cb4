/** A unique-index violation (Prisma P2002), whichever column. */
export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === "P2002";
}
