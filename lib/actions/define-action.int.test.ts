// The action wrapper: the caller comes from the session for the action's audience, never from the form; nobody
// signed in goes to that audience's sign-in page; a refusal is an AppError code; anything else is logged with a
// reference a person can quote.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createResident, createStaff, seedDepartments } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { TEST_REQUEST_ID, form, redirectOf } from "@/lib/test-support/next-request";
import { log } from "@/lib/log/logger";
import { servedAtWindow } from "@/lib/test-support/window";
import { AppError } from "@/lib/http/app-error";
import { defineAction } from "./define-action";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
vi.mock("next/headers", () => import("@/lib/test-support/next-request"));

afterEach(() => vi.restoreAllMocks());

const whoAmI = defineAction({
  name: "test/who",
  audience: "resident",
  input: z.object({ userId: z.string().optional(), n: z.coerce.number().int() }),
  back: (locale) => `/${locale}/account`,
  run: async ({ n }, { user, locale, ip }) => ({ id: user.id, n, locale, ip: await ip() }),
});

describe("defineAction", () => {
  it("finds the resident from the session, whatever id the form carries, with the form's language", async () => {
    await seedDepartments();
    const me = await createResident();
    const other = await createResident();
    signInAs(me.id);
    expect(await whoAmI(form({ locale: "ug", userId: other.id, n: "3" }))).toEqual({
      id: me.id,
      n: 3,
      locale: "ug",
      ip: "192.0.2.77",
    });
  });

  it("sends nobody, or another role, to the audience's sign-in page and back", async () => {
    signInAs(null);
    expect(await redirectOf(() => whoAmI(form({ locale: "ug", n: "1" })))).toBe(
      "/ug/sign-in?callbackUrl=%2Fug%2Faccount",
    );
    signInAs((await createStaff("clerk")).id);
    expect(await redirectOf(() => whoAmI(form({ n: "1" })))).toBe("/zh/sign-in?callbackUrl=%2Fzh%2Faccount");
  });

  it("answers input that does not parse and a use case's refusal with their codes", async () => {
    signInAs((await createResident()).id);
    const refusing = defineAction({
      name: "test/refuse",
      audience: "resident",
      input: z.object({ n: z.string() }),
      refused: (code) => ({ refused: code }),
      run: async () => {
        throw new AppError("errors:application.notEditable");
      },
    });
    expect(await refusing(form({}))).toEqual({ refused: "errors:request.invalid" });
    expect(await refusing(form({ n: "1" }))).toEqual({ refused: "errors:application.notEditable" });
  });

  it("logs an unexpected error with the request id as its reference and answers with it, or lets the error page show it", async () => {
    signInAs((await createResident()).id);
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const broken = { name: "test/broken", audience: "resident" as const, input: z.object({}) };
    const boom = async () => {
      throw new Error("database on fire");
    };
    const answered = await defineAction({ ...broken, run: boom, failed: (ref) => ({ ref }) })(form({}));
    expect(answered.ref).toBe(TEST_REQUEST_ID);
    expect(logged).toHaveBeenCalledWith(
      { err: expect.any(Error), action: "test/broken", requestId: TEST_REQUEST_ID },
      "action failed",
    );
    await expect(defineAction({ ...broken, run: boom })(form({}))).rejects.toThrow("database on fire");
  });

  it("finds a clerk only inside a consented window session the form names, and only their own", async () => {
    const { sessionId } = await servedAtWindow(await createResident());
    const inWindow = defineAction({
      name: "test/window",
      audience: "window",
      input: z.object({ session: z.string() }),
      signedOut: () => "no session",
      run: async (_i, { grant }) => grant.sessionId,
    });
    expect(await inWindow(form({ session: sessionId }))).toBe(sessionId);
    expect(await inWindow(form({ session: "not-a-session" }))).toBe("no session");
    signInAs((await createStaff("clerk")).id); // another clerk replaying the form
    expect(await inWindow(form({ session: sessionId }))).toBe("no session");
  });
});
