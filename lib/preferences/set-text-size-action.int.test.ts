// The 长辈版 switch: remembered in a cookie for everyone and on the account for a signed-in user.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { cookieJar, form, redirectOf } from "@/lib/test-support/next-request";
import { setTextSizeAction } from "./set-text-size-action";
import { TEXT_SIZE_COOKIE } from "./text-size";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
vi.mock("next/headers", () => import("@/lib/test-support/next-request"));

describe("setTextSizeAction", () => {
  it("saves the size on the signed-in user's account and in the cookie, and goes back", async () => {
    const r = await createResident();
    signInAs(r.id);
    expect(await redirectOf(() => setTextSizeAction(form({ size: "large", returnTo: "/zh/services" })))).toBe(
      "/zh/services",
    );
    expect(cookieJar.get(TEXT_SIZE_COOKIE)).toBe("large");
    expect((await db.user.findUniqueOrThrow({ where: { id: r.id } })).textSize).toBe("large");
  });

  it("for nobody signed in, only sets the cookie; an unknown size is standard; a foreign return address is not followed", async () => {
    signInAs(null);
    expect(await redirectOf(() => setTextSizeAction(form({ size: "huge", returnTo: "https://evil.example/" })))).toBe(
      "/",
    );
    expect(cookieJar.get(TEXT_SIZE_COOKIE)).toBe("standard");
  });
});
