// What the city-scale generator makes (bench/city-scale/generate-city.ts): sizes, the status mix, and the department
// whose review queue the bench pages through. Change CITY_GENERATOR_VERSION whenever the generated data changes, so a
// reused bench database (bench/lib/bench-database.ts) is regenerated.
export const CITY_GENERATOR_VERSION = "city-2";

export type CitySize = { residents: number; applications: number };

/** Yining: ~600,000 people; half of them with an account, a year of applications. */
export const CITY_SIZE: CitySize = { residents: 300_000, applications: 1_000_000 };

/** The department whose queue holds a tenth of the city's applications, all open (bench/review-queue.ts). */
export const QUEUE_DEPARTMENT = "hrss";

/** Open applications in the queue department, and elsewhere, as shares of all applications (10% + 2%). */
export const OPEN_IN_QUEUE_DEPARTMENT = 0.1;
export const OPEN_ELSEWHERE = 0.02;

/** Open statuses and their shares (percent; the queue shows all of them). */
export const OPEN_MIX: [status: string, percent: number][] = [
  ["submitted", 30],
  ["accepted", 20],
  ["under_review", 35],
  ["supplement_requested", 10],
  ["approved", 5],
];

/** Decided or finished statuses and their shares (percent). */
export const DECIDED_MIX: [status: string, percent: number][] = [
  ["closed", 66],
  ["result_issued", 14],
  ["refused", 6],
  ["not_accepted", 5],
  ["withdrawn", 9],
];

/** How many applications of each kind a city of `applications` holds (exact, so tests can count them). */
export function cityShares(applications: number) {
  const openQueue = Math.round(applications * OPEN_IN_QUEUE_DEPARTMENT);
  const openElsewhere = Math.round(applications * OPEN_ELSEWHERE);
  return { openQueue, openElsewhere, decided: applications - openQueue - openElsewhere };
}

/** Service evaluation (issue 20): shares of decided applications rated, of window visits rated on the hall's screen,
 * and the rectification limit in working days (the default of RECTIFICATION_WORKING_DAYS). */
export const EVALUATION_PLAN = { ratedPercent: 60, visitRatedPercent: 30, rectificationWorkingDays: 5 };
