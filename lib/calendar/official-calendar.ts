// Official days off and make-up working days, kept as data per year (Asia/Shanghai calendar dates).
// National days follow the State Council General Office's annual notice on public holidays; Xinjiang adds its
// regional holidays (肉孜节 Eid al-Fitr, 古尔邦节 Eid al-Adha) by the autonomous region's annual notice.
// VERIFY each year against the published notices; a year missing here falls back to plain weekends and the
// calendar reports it (see `calendarCovers`), so a deadline is never silently wrong without a warning.
export type YearCalendar = { daysOff: readonly string[]; makeUpWorkdays: readonly string[] };

const range = (from: string, days: number) =>
  Array.from({ length: days }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );

export const officialCalendar: Record<number, YearCalendar> = {
  2025: {
    daysOff: [
      "2025-01-01",
      ...range("2025-01-28", 8),
      ...range("2025-04-04", 3),
      ...range("2025-05-01", 5),
      ...range("2025-05-31", 3),
      ...range("2025-10-01", 8),
      // Xinjiang regional: 肉孜节, 古尔邦节
      "2025-03-31",
      ...range("2025-06-06", 2),
    ],
    makeUpWorkdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
  },
  2026: {
    daysOff: [
      ...range("2026-01-01", 3),
      ...range("2026-02-15", 9),
      ...range("2026-04-04", 3),
      ...range("2026-05-01", 5),
      ...range("2026-06-19", 3),
      ...range("2026-09-25", 3),
      ...range("2026-10-01", 7),
      // Xinjiang regional: 肉孜节, 古尔邦节
      "2026-03-20",
      ...range("2026-05-27", 2),
    ],
    makeUpWorkdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
  },
};
