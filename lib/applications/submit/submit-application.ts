// Use case: submit a draft, with the PostgreSQL store (the rule itself is in submit-with.ts).
import "server-only";
import { prismaSubmissionStore } from "./prisma-submission-store";
import { submitWith, type SubmitActing, type SubmitInput } from "./submit-with";

export { pendingMaterialsOf, DEFERRED_MATERIAL_DAYS } from "./submit-with";

export function submitApplication(acting: SubmitActing, input: SubmitInput) {
  return submitWith(prismaSubmissionStore, acting, input);
}
