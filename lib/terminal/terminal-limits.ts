// The hall kiosk's limits (pure data; counted in RateBucket by one atomic statement each, lib/security/rate-limit.ts).
// Subjects are an ID number (keyed hash, see idSubject) and a registered terminal (its device id). Counted for every
// well-formed ID number, known or not, so the answers never tell whether a number is registered.
import type { Limit } from "@/lib/security/rate-limit-window";

const MINUTE = 60_000;

/** Code requests for one ID number: one a minute ("wait" for every ID number alike). */
export const TERMINAL_CODES_PER_ID: Limit = { name: "terminal:code:id", max: 1, windowMs: MINUTE };
/** Code requests from one terminal: sixty an hour (a busy hall, not an SMS cannon). */
export const TERMINAL_CODES_PER_DEVICE: Limit = { name: "terminal:code:device", max: 60, windowMs: 60 * MINUTE };
/** Code tries for one ID number: five in 15 minutes, whatever the number of codes asked for meanwhile. */
export const TERMINAL_TRIES_PER_ID: Limit = { name: "terminal:try:id", max: 5, windowMs: 15 * MINUTE };
/** Failed code tries at one terminal, across ID numbers: twenty an hour (successes give their count back). */
export const TERMINAL_TRIES_PER_DEVICE: Limit = { name: "terminal:try:device", max: 20, windowMs: 60 * MINUTE };
