import { connection } from "next/server";
import { pollRatingScreen } from "@/lib/evaluation/screen/poll-rating-screen";

// The rating screen's poll (components/window/rating-screen-poller.tsx): a tiny answer, never cached.
export async function GET() {
  await connection();
  return Response.json(await pollRatingScreen(), { headers: { "cache-control": "no-store" } });
}
