// next-auth v4's Credentials sign-in for the hall kiosk (ID number + code), in the two requests it needs (CSRF token, then
// the callback). The portal's other sign-in forms post to server actions instead (lib/accounts/actions).
export async function credentialsSignIn(
  audience: "resident" | "staff" | "terminal",
  fields: Record<string, string>,
): Promise<{ ok: boolean; error: string | null }> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await fetch(`/api/auth/callback/${audience}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true", callbackUrl: window.location.href }),
  });
  const data = (await res.json().catch(() => ({}))) as { url?: string };
  const error = data.url ? new URL(data.url, window.location.href).searchParams.get("error") : "unavailable";
  return { ok: res.ok && !error, error };
}
