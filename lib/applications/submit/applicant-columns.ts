// The applicant's name and ID tail, copied from the applicant step (defineService requires its two fields) into the
// application's columns at submission: the department queue and public tracking read these, never the answers.
import type { Answers } from "@/lib/form-engine/types";

/** The applicant step's name and ID tail (defineService requires both fields), stored as columns at submission. */
export function applicantColumns(answers: Answers): { applicantName: string; applicantIdTail: string } {
  const id = typeof answers.applicantIdNumber === "string" ? answers.applicantIdNumber : "";
  return {
    applicantName: typeof answers.applicantName === "string" ? answers.applicantName : "",
    applicantIdTail: id.slice(-6).toUpperCase(),
  };
}
