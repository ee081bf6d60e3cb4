// Who may read an uploaded material's bytes. Pure, so the rule is tested apart from storage and the database.
// The owner always; a window clerk only in a consented session with the owner (一窗受理 takes in every department's
// cases, but only of the person at the window); a reviewer only when their
// department has a part in the application the file belongs to (the same scope as the review pages); nobody else,
// administrators included (they manage accounts, not cases, as in transition-application.ts).
import type { Role } from "@/lib/db/generated/enums";

export type UploadReader = {
  id: string;
  role: Role;
  departmentId?: string | null;
  /** A clerk's consented window session: its resident. */ windowResidentId?: string | null;
};
export type UploadScope = { ownerId: string; partDepartments: readonly string[] };

/** "owner" reads unaudited; "staff" reads are audited; "denied" is answered as not found. */
export type UploadAccess = "owner" | "staff" | "denied";

export function uploadAccess(reader: UploadReader, upload: UploadScope): UploadAccess {
  if (upload.ownerId === reader.id) return "owner";
  if (reader.role === "clerk")
    return reader.windowResidentId && reader.windowResidentId === upload.ownerId ? "staff" : "denied";
  if (reader.role === "reviewer" && reader.departmentId && upload.partDepartments.includes(reader.departmentId))
    return "staff";
  return "denied";
}
