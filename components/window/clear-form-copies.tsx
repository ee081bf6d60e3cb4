"use client";
import { useEffect } from "react";
import { clearRescues } from "@/components/form-engine/draft-rescue";

/** Rendered once a window session has ended: this tab keeps no form copy of the resident just served. */
export function ClearFormCopies() {
  useEffect(() => clearRescues(), []);
  return null;
}
