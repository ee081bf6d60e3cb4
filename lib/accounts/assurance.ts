// Assurance levels (认证等级) as data: how sure the portal is who a resident is. Pure; the level is stored on the
// user (User.assurance) and each service item names the level it needs.
//   phone      — the mobile number was proved with an SMS code (every online account has at least this)
//   registry   — name and ID number match the population registry (实名认证, online)
//   in_person  — a window clerk saw the ID card (现场核验)
export const assuranceLevels = ["phone", "registry", "in_person"] as const;
export type AssuranceLevel = (typeof assuranceLevels)[number];

/** Whether a resident at `have` may do what needs `need` (each level includes the ones before it). */
export function meetsAssurance(have: AssuranceLevel, need: AssuranceLevel): boolean {
  return assuranceLevels.indexOf(have) >= assuranceLevels.indexOf(need);
}

/** The higher of two levels: raising never lowers (a clerk's in-person check is not undone by a later online step). */
export function higherAssurance(a: AssuranceLevel, b: AssuranceLevel): AssuranceLevel {
  return meetsAssurance(a, b) ? a : b;
}
