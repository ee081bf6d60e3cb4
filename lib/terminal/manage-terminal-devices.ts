// Use cases: an admin issues a device key for a hall kiosk (shown once; only its hash is kept), lists the kiosks, and
// revokes one (lost, replaced, moved out of the hall). A kiosk is enrolled by typing its key in once at the kiosk
// (enrolTerminal); the key then lives in the kiosk's httpOnly cookie and terminal sign-in works there only.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashDeviceKey, newDeviceKey, terminalDeviceOf } from "./terminal-device";

type Admin = { id: string; role: Role };

export const ZTerminalName = z.string().trim().min(1).max(60);

function assertAdmin(actor: Admin) {
  // The pages and actions check the role too; the rule lives here so no other caller can skip it.
  if (actor.role !== "admin") throw new Error("only an admin manages hall terminals");
}

export async function issueTerminalDevice(input: { actor: Admin; name: string; ip?: string | null }) {
  assertAdmin(input.actor);
  const name = ZTerminalName.parse(input.name);
  const key = newDeviceKey();
  const device = await db.$transaction(async (tx) => {
    const d = await tx.terminalDevice.create({
      data: { name, keyHash: hashDeviceKey(key), createdById: input.actor.id },
      select: { id: true, name: true },
    });
    await recordAudit(
      {
        action: "terminal.device_issued",
        payload: { name },
        actor: input.actor,
        subject: { type: "terminal", id: d.id },
        ip: input.ip,
      },
      tx,
    );
    return d;
  });
  return { ...device, key };
}

export async function revokeTerminalDevice(input: { actor: Admin; id: string; ip?: string | null }) {
  assertAdmin(input.actor);
  await db.$transaction(async (tx) => {
    const d = await tx.terminalDevice.findUnique({ where: { id: input.id }, select: { name: true, revokedAt: true } });
    if (!d || d.revokedAt) return;
    await tx.terminalDevice.update({ where: { id: input.id }, data: { revokedAt: new Date() } });
    await recordAudit(
      {
        action: "terminal.device_revoked",
        payload: { name: d.name },
        actor: input.actor,
        subject: { type: "terminal", id: input.id },
        ip: input.ip,
      },
      tx,
    );
  });
}

/** The administrators' list of kiosks shows at most this many (see listTerminalDevices). */
export const TERMINALS_LISTED_CAP = 500;

export async function listTerminalDevices(actor: Admin) {
  assertAdmin(actor);
  return db.terminalDevice.findMany({
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    // Kiosks in the city's service halls: tens. Devices in use sort first, so a cut would drop old revoked ones.
    take: TERMINALS_LISTED_CAP,
  });
}

/** At the kiosk: a typed key is accepted if it belongs to an unrevoked terminal; the caller then sets the cookie. */
export async function enrolTerminal(input: { key: string; ip?: string | null }): Promise<boolean> {
  const key = input.key.trim();
  const device = await terminalDeviceOf(key);
  if (!device) return false;
  const { name } = await db.terminalDevice.findUniqueOrThrow({ where: { id: device.id }, select: { name: true } });
  await recordAudit({
    action: "terminal.device_enrolled",
    payload: { name },
    subject: { type: "terminal", id: device.id },
    ip: input.ip,
  });
  return true;
}
