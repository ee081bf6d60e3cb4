// Every life-event bundle, one file each in this folder. Added by hand (two today); the catalogue composes them
// (lib/services/index.ts).
import type { BundleDef } from "./bundle-types";
import { individualBusinessOpeningBundle } from "./individual-business-opening";
import { newbornBirthBundle } from "./newborn-birth";

export const bundleDefs: readonly BundleDef[] = [newbornBirthBundle, individualBusinessOpeningBundle];
