// The virus-scan hook every received file passes through before it is stored (等保 2.0: malicious-code prevention).
//
// Interface: scanFile(bytes, meta) → { verdict: "clean" | "infected" | "unavailable", signature? }.
//   clean        store the file;
//   infected     refuse it (the resident sees errors:upload.infected) and audit it with the signature's name;
//   unavailable  the scanner could not answer (down, timeout, protocol error, no scanner configured in production):
//                refuse (errors:upload.scanUnavailable) — fail closed, a file nobody scanned is never stored.
//
// Settings (lib/env.ts):
//   CLAMD_ADDRESS  host:port of a ClamAV daemon (clamd, TCPSocket): each file is streamed to it with the INSTREAM
//                  command. clamd's StreamMaxLength must be at least the upload limit (10 MB; its default is 25 MB).
//   VIRUS_SCAN=off no scanning. Without CLAMD_ADDRESS this is what development and tests do anyway; in production a
//                  portal without CLAMD_ADDRESS refuses every upload unless the operator writes VIRUS_SCAN=off (the
//                  browser-test server does: it runs the production build with no clamd at hand).
// Another scanner plugs in as another VirusScanner (a vendor's HTTP API, say) chosen in virusScanner().
import "server-only";
import net from "node:net";
import { env } from "@/lib/env";

export type ScanVerdict = "clean" | "infected" | "unavailable";
export type ScanResult = { verdict: ScanVerdict; signature?: string };
export type ScanMeta = { name: string; mime: string | null; size: number };
export type VirusScanner = (bytes: Uint8Array, meta: ScanMeta) => Promise<ScanResult>;

const TIMEOUT_MS = 30_000;
const CHUNK = 64 * 1024;

/** A clamd at `address` ("host:port"), INSTREAM protocol: `zINSTREAM\0`, then <4-byte length><data>…, then 0. */
export function clamdScanner(address: string, timeoutMs = TIMEOUT_MS): VirusScanner {
  const at = address.lastIndexOf(":");
  const host = address.slice(0, at).replace(/^\[|\]$/g, "");
  const port = Number(address.slice(at + 1));
  return (bytes) =>
    new Promise<ScanResult>((resolve) => {
      let reply = "";
      let settled = false;
      const finish = (result: ScanResult) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        resolve(result);
      };
      const socket = net.connect({ host, port }, () => {
        socket.write("zINSTREAM\0");
        for (let i = 0; i < bytes.byteLength; i += CHUNK) {
          const part = bytes.subarray(i, i + CHUNK);
          const size = Buffer.alloc(4);
          size.writeUInt32BE(part.byteLength);
          socket.write(size);
          socket.write(part);
        }
        socket.write(Buffer.alloc(4)); // zero length: end of stream
      });
      socket.setTimeout(timeoutMs, () => finish({ verdict: "unavailable" }));
      socket.on("error", () => finish({ verdict: "unavailable" }));
      socket.on("data", (d) => {
        reply += d.toString("utf8");
        if (reply.includes("\0")) finish(clamdVerdict(reply));
      });
      socket.on("end", () => finish(clamdVerdict(reply)));
    });
}

/** clamd answers "stream: OK", "stream: <Signature> FOUND" or "<message> ERROR" (NUL-terminated with z-commands). */
export function clamdVerdict(reply: string): ScanResult {
  const line = reply.replace(/\0[\s\S]*$/, "").trim();
  if (/^stream: OK$/.test(line)) return { verdict: "clean" };
  const found = /^stream: (.+) FOUND$/.exec(line);
  if (found) return { verdict: "infected", signature: (found[1] ?? "").slice(0, 200) };
  return { verdict: "unavailable" };
}

const noScan: VirusScanner = async () => ({ verdict: "clean" });
const noScanner: VirusScanner = async () => ({ verdict: "unavailable" });

/** The scanner the settings choose (read at each call: cheap, and tests change the settings). */
export function virusScanner(): VirusScanner {
  const e = env();
  if (e.CLAMD_ADDRESS) return clamdScanner(e.CLAMD_ADDRESS);
  if (e.VIRUS_SCAN === "off" || e.NODE_ENV !== "production") return noScan;
  return noScanner; // production with no scanner configured and no explicit "off": fail closed
}

export function scanFile(bytes: Uint8Array, meta: ScanMeta): Promise<ScanResult> {
  return virusScanner()(bytes, meta);
}
