// THE CATALOGUE: every service item, one file each. Adding an item = adding its file and one line here.
import type { ServiceDef } from "@/lib/form-engine/types";
import { birthRegistrationFamilyPlanning } from "./birth-registration-family-planning";
import { disabilitySubsidies } from "./disability-subsidies";
import { elderlyAllowance } from "./elderly-allowance";
import { employmentRegistrationCard } from "./employment-registration-card";
import { individualBusinessRegistration } from "./individual-business-registration";
import { minimumLivingAllowance } from "./minimum-living-allowance";
import { newbornHouseholdRegistration } from "./newborn-household-registration";
import { residencePermit } from "./residence-permit";
import { residentMedicalInsurance } from "./resident-medical-insurance";
import { residentPensionInsurance } from "./resident-pension-insurance";
import { socialSecurityCard } from "./social-security-card";
import { temporaryAssistance } from "./temporary-assistance";
import { unemploymentInsuranceBenefit } from "./unemployment-insurance-benefit";

export const services: readonly ServiceDef[] = [
  elderlyAllowance,
  socialSecurityCard,
  minimumLivingAllowance,
  disabilitySubsidies,
  residencePermit,
  residentPensionInsurance,
  residentMedicalInsurance,
  birthRegistrationFamilyPlanning,
  newbornHouseholdRegistration,
  individualBusinessRegistration,
  employmentRegistrationCard,
  unemploymentInsuranceBenefit,
  temporaryAssistance,
];

const bySlug = new Map(services.map((s) => [s.slug, s]));

export function getService(slug: string): ServiceDef | undefined {
  return bySlug.get(slug);
}
