/** The password of every account the factories make (the global setup hashes it once per run). */
export const TEST_PASSWORD = "Test#2026";
