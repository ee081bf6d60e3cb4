import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/lib/test-support/next-request"));
const getServerSession = vi.fn(async () => null);
vi.mock("next-auth", () => ({ getServerSession }));
vi.mock("@/lib/db/client", () => ({ db: {} }));
vi.mock("./auth-options", () => ({ authOptions: {} }));
vi.mock("./sessions/user-sessions", () => ({ sessionIsOpen: async () => false }));

const { cookieJar } = await import("@/lib/test-support/next-request");
const { getCurrentUser } = await import("./current-user");
const { sessionCookieName } = await import("./session-cookie");

describe("getCurrentUser", () => {
  beforeEach(() => {
    cookieJar.clear();
    getServerSession.mockClear();
  });

  it("answers nobody without asking next-auth when the request has no session cookie (most page views)", async () => {
    cookieJar.set("locale", "zh");
    expect(await getCurrentUser()).toBeNull();
    expect(getServerSession).not.toHaveBeenCalled();
  });

  it("asks next-auth when a session cookie is there, whole or in chunks", async () => {
    cookieJar.set(sessionCookieName(), "token");
    expect(await getCurrentUser()).toBeNull();
    cookieJar.clear();
    cookieJar.set(`${sessionCookieName()}.0`, "part");
    expect(await getCurrentUser()).toBeNull();
    expect(getServerSession).toHaveBeenCalledTimes(2);
  });
});
