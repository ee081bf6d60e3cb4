"use client";
// The field kinds' traits (lib/form-engine/field-kinds/traits.ts) for the form below: given by the server for a step
// page, so that the browser shows every field without loading the kinds' modules and zod.
import { createContext, useContext, type ReactNode } from "react";
import type { KindTraits, KindTraitsTable } from "@/lib/form-engine/field-kinds/traits";

const KindTraitsContext = createContext<KindTraitsTable | null>(null);

export function KindTraitsProvider({ value, children }: { value: KindTraitsTable; children: ReactNode }) {
  return <KindTraitsContext.Provider value={value}>{children}</KindTraitsContext.Provider>;
}

export function useKindTraits(): KindTraitsTable {
  const table = useContext(KindTraitsContext);
  if (!table) throw new Error("a field view needs a <KindTraitsProvider> above it");
  return table;
}

export function useTraitsOf(kind: string): KindTraits {
  const traits = useKindTraits()[kind];
  if (!traits) throw new Error(`no traits for the field kind ${kind}`);
  return traits;
}
