// DEMO DATA standing for the population registry, so that "verified from the registry" can be shown and tested
// without the real service. Contains only the demo residents' records.
import type { PopulationRegistry, RegistryPerson } from "./population-registry";

const people: RegistryPerson[] = [
  {
    idNumber: "654002198806150029",
    fullName: "阿依古丽·艾买提",
    address: { county: "654002", township: "654002002", community: "654002002001", detail: "喀赞其民俗街28号" },
  },
  {
    idNumber: "654002197203151239",
    fullName: "王建国",
    address: { county: "654002", township: "654002003", community: "654002003001", detail: "解放西路66号" },
  },
  { idNumber: "654002198509110012", fullName: "艾买提·托合提" },
  { idNumber: "654002201506010010", fullName: "阿力木·艾买提" },
  { idNumber: "654002194803020044", fullName: "托合提·热合曼" },
];

export const demoRegistry: PopulationRegistry = {
  async lookup(idNumber) {
    return people.find((p) => p.idNumber === idNumber.toUpperCase()) ?? null;
  },
};

/** The registry in use: the demo one unless a real adapter is configured (none exists yet). */
export function populationRegistry(): PopulationRegistry {
  return demoRegistry;
}
