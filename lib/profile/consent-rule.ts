// The consent rule, pure: which sensitive categories an item still needs consent for.
import type { SensitiveCategory, ServiceDef } from "@/lib/form-engine/types";

export type ConsentRecord = { category: string; serviceCode: string; revokedAt: Date | null };

export function missingConsents(service: ServiceDef, consents: readonly ConsentRecord[]): SensitiveCategory[] {
  return (service.sensitive ?? []).filter(
    (category) =>
      !consents.some((c) => c.category === category && c.serviceCode === service.code && c.revokedAt === null),
  );
}
