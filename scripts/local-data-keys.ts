// The field-encryption keys of a local portal (development and the browser-test server): from the environment if the
// operator set them, else generated once and kept beside the local data (.data/data-keys-<profile>.json, mode 600),
// like the session secret. The browser tests' direct-data process reads the same file, so both open the same rows.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type DataKeySettings = { DATA_KEYS: string; DATA_HMAC_KEY: string };

export function localDataKeys(projectDir: string, profile: "dev" | "test"): DataKeySettings {
  if (process.env.DATA_KEYS && process.env.DATA_HMAC_KEY)
    return { DATA_KEYS: process.env.DATA_KEYS, DATA_HMAC_KEY: process.env.DATA_HMAC_KEY };
  const file = path.join(projectDir, ".data", `data-keys-${profile}.json`);
  if (!fs.existsSync(file)) {
    const keys: DataKeySettings = {
      DATA_KEYS: `k1:${crypto.randomBytes(32).toString("base64")}`,
      DATA_HMAC_KEY: crypto.randomBytes(32).toString("base64"),
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as DataKeySettings;
}
