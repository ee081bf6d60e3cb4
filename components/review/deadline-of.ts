// Which date a row's clock runs towards: the intake limit (受理期限) until it is accepted, then the promised date.
import type { Status } from "@/lib/applications/transition/status-machine";

export type DeadlineKind = "acceptBy" | "deadline";

export function deadlineOf(row: { status: Status; acceptBy: string | null; promisedBy: string | null }): {
  kind: DeadlineKind;
  date: string | null;
} {
  return row.status === "submitted"
    ? { kind: "acceptBy", date: row.acceptBy }
    : { kind: "deadline", date: row.promisedBy };
}
