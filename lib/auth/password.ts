// Password hashing with argon2id (@node-rs/argon2 defaults: m=19 MiB, t=2, p=1 — OWASP's recommended minimum).
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}

// Verified against when the account does not exist, so that a wrong login and a wrong password take equally long
// and the response time does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(plain: string): Promise<boolean> {
  dummyHash ??= hash("no-such-account-" + Math.random());
  return dummyHash.then((h) => verifyPassword(h, plain)).then(() => false);
}
