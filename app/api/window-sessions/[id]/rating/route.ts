import { currentClerkRatingStatus } from "@/lib/evaluation/screen/current-clerk-rating-status";

// The clerk's side of a window rating, polled while it is asked (components/window/rating-status-poller.tsx).
// Reading the session cookie makes it dynamic: never cached.
export async function GET(_request: Request, { params }: RouteContext<"/api/window-sessions/[id]/rating">) {
  const status = await currentClerkRatingStatus((await params).id);
  if (!status) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(status, { headers: { "cache-control": "no-store" } });
}
