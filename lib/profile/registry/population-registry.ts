// The population registry (人口信息库) as an adapter: a real one is a network service of the public-security bureau;
// this project ships a local demo implementation (demo-registry.ts). Profile code depends only on this interface.
export type RegistryPerson = {
  idNumber: string;
  fullName: string;
  address?: { county: string; township: string; community: string; detail: string };
};

export interface PopulationRegistry {
  /** The registered person with this ID number, or null. Never throws for "not found". */
  lookup(idNumber: string): Promise<RegistryPerson | null>;
}
