// What the rating screen's poller asks every few seconds (app/api/rating-screen/route.ts): the version of what the
// screen should show, so it reloads only when that changed. A browser without a known device token becomes a new
// screen here (the one place that can set its cookie).
import "server-only";
import { showRatingScreen, startRatingScreen, stateVersion } from "../show-rating-screen";
import { keepScreenToken, screenToken } from "./screen-cookie";

export async function pollRatingScreen(): Promise<{ version: string }> {
  const state = await showRatingScreen(await screenToken());
  if (state.kind !== "unknown") return { version: stateVersion(state) };
  const started = await startRatingScreen();
  await keepScreenToken(started.token);
  return { version: stateVersion(started.state) };
}
