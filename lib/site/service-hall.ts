// Facts about the service hall shown in every footer (MIIT: help a person can reach). Numbers are not translated.
// DEMO VALUES: replace with the hall's published phone number and opening hours before going live.
export const serviceHall = {
  phone: "0999-12345",
  hours: "9:30–13:30, 16:00–19:30",
} as const;
