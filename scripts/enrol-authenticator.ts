// `npm run staff:enrol -- <staffId>`: enrols an authenticator for one staff account from the console and prints its
// QR code (and secret) once: for the first administrator of a new installation, who then enrols everyone else in
// person at /admin/authenticators. Needs the portal's settings (DATABASE_URL, DATA_KEYS, DATA_HMAC_KEY).
// Run with the react-server condition (package.json), under which `import "server-only"` is an empty module.
import QRCode from "qrcode";

async function main() {
  const staffId = process.argv[2];
  if (!staffId) throw new Error("usage: npm run staff:enrol -- <staffId>");
  const { enrolAtInstallation } = await import("../lib/auth/second-factor/enrol-at-installation");
  const { db } = await import("../lib/db/client");
  try {
    const { uri, secret } = await enrolAtInstallation(staffId);
    console.log(await QRCode.toString(uri, { type: "terminal", small: true }));
    console.log(`[staff] ${staffId}: scan the code above, or type the secret ${secret} into the authenticator app`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(`[staff] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
