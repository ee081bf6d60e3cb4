// DEMO DATA standing for the population registry, so that "verified from the registry" can be shown and tested
// without the real service: the demo residents' records, and a documented block of test identities (below) for
// trying registration by hand and in the browser tests.
import type { PopulationRegistry, RegistryPerson } from "./population-registry";
import { idCheckDigit } from "@/lib/validators/id-number";

/** Test identities: ID number 65400219900101 + serial 200–999 + check digit, name TEST_NAMES[serial % 10], mobile
 * registered with the carrier 13900000 + serial. E.g. serial 200 → 654002199001012002, 李娜, 13900000200. None has
 * an account until registered; verification online succeeds only for the account registered with that mobile. */
export const TEST_NAMES = ["李娜", "张磊", "王芳", "刘洋", "陈静", "杨帆", "赵敏", "黄伟", "周杰", "吴霞"] as const;
export function testIdentity(serial: number): RegistryPerson {
  const first17 = `65400219900101${String(serial).padStart(3, "0")}`;
  return {
    idNumber: first17 + idCheckDigit(first17),
    fullName: TEST_NAMES[serial % 10]!,
    mobile: `13900000${String(serial).padStart(3, "0")}`,
  };
}
function lookupTestIdentity(idNumber: string): RegistryPerson | null {
  const m = /^65400219900101(\d{3})[\dX]$/.exec(idNumber);
  const serial = m ? Number(m[1]) : NaN;
  if (!(serial >= 200 && serial <= 999)) return null;
  const person = testIdentity(serial);
  return person.idNumber === idNumber ? person : null;
}

const people: RegistryPerson[] = [
  {
    idNumber: "654002198806150029",
    fullName: "阿依古丽·艾买提",
    mobile: "13800000001",
    address: { county: "654002", township: "654002002", community: "654002002001", detail: "喀赞其民俗街28号" },
  },
  {
    idNumber: "654002197203151239",
    fullName: "王建国",
    mobile: "13800000002",
    address: { county: "654002", township: "654002003", community: "654002003001", detail: "解放西路66号" },
  },
  { idNumber: "654002198509110012", fullName: "艾买提·托合提" },
  { idNumber: "654002201506010010", fullName: "阿力木·艾买提" },
  { idNumber: "654002194803020044", fullName: "托合提·热合曼" },
];

export const demoRegistry: PopulationRegistry = {
  async lookup(idNumber) {
    const id = idNumber.toUpperCase();
    return people.find((p) => p.idNumber === id) ?? lookupTestIdentity(id);
  },
};

/** The registry in use: the demo one unless a real adapter is configured (none exists yet). */
export function populationRegistry(): PopulationRegistry {
  return demoRegistry;
}
