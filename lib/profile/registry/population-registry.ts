// The population registry (人口信息库) as an adapter: a real one is a network service of the public-security bureau;
// this project ships a local demo implementation (demo-registry.ts). Profile code depends only on this interface.
export type RegistryPerson = {
  idNumber: string;
  fullName: string;
  address?: { county: string; township: string; community: string; detail: string };
  /** The mobile number registered to this identity with the carrier (实名制手机号, the third of the "three factors"
   * 运营商三要素: name, ID number, mobile). A real deployment asks the carriers' verification service; the demo
   * registry stands in for it. Absent: no number registered, so online verification cannot succeed. */
  mobile?: string;
};

export interface PopulationRegistry {
  /** The registered person with this ID number, or null. Never throws for "not found". */
  lookup(idNumber: string): Promise<RegistryPerson | null>;
}
