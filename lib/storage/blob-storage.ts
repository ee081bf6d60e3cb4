// Where uploaded files live. Local disk outside public/ by default (UPLOAD_DIR, else .data/uploads); an
// S3-compatible backend plugs in behind the same interface (not built yet: see NOTES.md).
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

export interface BlobStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the bytes; a key that is already gone is not an error (clean-ups may run twice). */
  delete(key: string): Promise<void>;
}

class LocalDiskStorage implements BlobStorage {
  constructor(private readonly root: string) {}
  private pathOf(key: string) {
    if (!/^[a-z0-9/_-]+$/i.test(key) || key.includes("..")) throw new Error("bad storage key");
    return path.join(this.root, key);
  }
  async put(key: string, bytes: Uint8Array) {
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await fs.writeFile(file, bytes, { mode: 0o600 });
  }
  async get(key: string) {
    try {
      return new Uint8Array(await fs.readFile(this.pathOf(key)));
    } catch {
      return null;
    }
  }
  async delete(key: string) {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

/** The folder the local-disk storage keeps files in (also what a backup copies: lib/backup/). */
export function uploadRoot(): string {
  return env().UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads");
}

let storage: BlobStorage | undefined;
export function blobStorage(): BlobStorage {
  storage ??= new LocalDiskStorage(uploadRoot());
  return storage;
}
