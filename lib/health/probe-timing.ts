// How long the proxy believes its last database probe (lib/health/database-probe.ts). Its own module, free of
// imports, so the browser tests can wait out the same interval after stopping the database.
/** How long a "the database answers" is believed. */
export const UP_FOR_MS = 2000;
/** How long a "the database is down" is believed. */
export const DOWN_FOR_MS = 1000;
