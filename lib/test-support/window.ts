// A window clerk serving a resident in a consented session (by signed form), signed in through the fake session.
// Test files using it mock lib/auth/current-user with lib/test-support/fake-session.ts.
import { windowGrantFor, type WindowGrant } from "@/lib/window/require-window-session";
import { confirmConsentBySignature, openWindowSession } from "@/lib/window/window-sessions";
import { asClerk, createStaff, type TestResident, type TestStaff } from "./factories";
import { signInAs } from "./fake-session";
import { pdfBytes } from "./sample-files";

export async function servedAtWindow(
  resident: TestResident,
  staff?: TestStaff,
): Promise<{ staff: TestStaff; sessionId: string; grant: WindowGrant }> {
  const clerkStaff = staff ?? (await createStaff("clerk"));
  const clerk = asClerk(clerkStaff);
  const sessionId = await openWindowSession(clerk, resident.id);
  const consent = await confirmConsentBySignature(clerk, sessionId, {
    signatureRef: "QZ-TEST-1",
    idCardRead: resident.idNumber,
    scan: { fileName: "consent.pdf", bytes: pdfBytes(`consent ${sessionId}`) },
  });
  if (!consent.ok) throw new Error(`consent refused: ${consent.reason}`);
  signInAs(clerkStaff.id);
  const grant = await windowGrantFor(sessionId);
  if (!grant) throw new Error("no window grant after consent");
  return { staff: clerkStaff, sessionId, grant };
}
